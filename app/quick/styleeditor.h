// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

namespace atlas {

class AtlasSession;

/**
 * The style editor's engine for one layer: what the layer's style is, the distribution of a field's values with
 * the class breaks a method would draw (for the histogram), and applying a new style built from the planner's
 * choices by the same style functions the default map uses.
 *
 * A style choice is {kind: single|categorized|graduated|proportional, field, method: equal|quantile|jenks|pretty|
 * manual, classes, breaks: "0, 10, 20" (manual), ramp, sizeMaxPx, labelField, fill: colour}.
 */
class StyleEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(atlas::AtlasSession *session READ session WRITE setSession NOTIFY sessionChanged FINAL)
    /** The layer edited, bottom-first index into the session's layers. */
    Q_PROPERTY(int layer READ layer WRITE setLayer NOTIFY layerChanged FINAL)

public:
    explicit StyleEditor(QObject *parent = nullptr);

    [[nodiscard]] AtlasSession *session() const { return m_session; }
    void setSession(AtlasSession *session);
    [[nodiscard]] int layer() const { return m_layer; }
    void setLayer(int layer);

    /** The current style as a choice, plus {title, fields: [{name, numeric}], ramps: [...], qualitative: [...]}. */
    Q_INVOKABLE [[nodiscard]] QVariantMap current() const;
    /**
     * The values of `choice.field` in `bins` equal bins and the breaks the choice's method gives:
     * {counts: [...], min, max, breaks: [...], missing: n, error: ""}.
     */
    Q_INVOKABLE [[nodiscard]] QVariantMap histogram(const QVariantMap &choice, int bins = 24) const;
    /** Builds the style and gives it to the layer; false with `error` text set when the choice cannot work. */
    Q_INVOKABLE bool apply(const QVariantMap &choice);
    Q_INVOKABLE [[nodiscard]] QString lastError() const { return m_error; }

Q_SIGNALS:
    void sessionChanged();
    void layerChanged();

private:
    AtlasSession *m_session = nullptr;
    int m_layer = -1;
    QString m_error;
};

} // namespace atlas
