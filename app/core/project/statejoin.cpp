// SPDX-License-Identifier: GPL-3.0-or-later
#include "statejoin.h"

#include <QObject>

namespace atlas {

StateJoinLayer joinTableToStates(const MapLayer &states, const MapLayer &table, const StateJoin &join)
{
    StateJoinLayer result;
    if (!states.data || !table.data) {
        result.join.error = {QObject::tr("There is no table or no states layer to join."), {}};
        return result;
    }
    // Names: official ("Coahuila de Zaragoza") or short ("Coahuila"), whichever the table's rows match more often.
    const QStringList keys = join.byName ? QStringList{QStringLiteral("nom_ent"), QStringLiteral("short_name")}
                                         : QStringList{QStringLiteral("cve_ent")};
    for (const QString &key : keys) {
        AttributeJoin attempt = joinAttributes(*states.data, key, *table.data, join.field, table.title);
        if (!result.join.layer || (attempt.layer && attempt.matchedFeatures > result.join.matchedFeatures))
            result.join = std::move(attempt);
    }
    if (!result.join.layer)
        return result;
    MapLayer joined = states;
    joined.id = QStringLiteral("join:%1").arg(table.id);
    joined.title = QObject::tr("%1 + %2").arg(states.title, table.title);
    joined.titleSource.clear();
    joined.role = LayerRole::Data;
    joined.data = result.join.layer;
    joined.setFilter({});
    joined.attribution = table.attribution.isEmpty() ? states.attribution
                                                     : states.attribution + QStringLiteral("; ") + table.attribution;
    joined.stateJoin = StateJoin{table.id, join.field, join.byName};
    result.layer = std::move(joined);
    return result;
}

} // namespace atlas
