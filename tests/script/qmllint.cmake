# Runs qmllint over every QML file of the NearshoreAtlas module (Qt's <module>_qmllint target) and fails on any
# warning: qmllint itself exits 0 on warnings, and a typed QML API is only worth having if the linter stays quiet.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target atlas_quick_qmllint
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
string(APPEND out "${err}")
string(REGEX MATCHALL "Warning: [^\n]*" warnings "${out}")
list(LENGTH warnings count)
if(NOT rc EQUAL 0 OR count GREATER 0)
    message("${out}")
    message(FATAL_ERROR "qmllint: ${count} warning(s), exit code ${rc}")
endif()
message("qmllint: clean")
