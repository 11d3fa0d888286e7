# Tuning without recompiling: pack edits, lint, reload, eval and explain (tests/test_tools_*).
find_program(PRECIS_PYTHON3 python3)
find_program(PRECIS_CHROMIUM NAMES chromium chromium-browser)
find_package(Threads REQUIRED)
foreach(tool PRECIS_PYTHON3 PRECIS_CHROMIUM)
    if(NOT ${tool})
        set(${tool} none)  # the tests that need it are skipped, and say why
    endif()
endforeach()
set(tools_shared ${PROJECT_SOURCE_DIR}/../shared)
set(tools_support ${CMAKE_CURRENT_SOURCE_DIR}/tools/support.cpp)
set(tools_libs precis precis::sdk nlohmann_json::nlohmann_json)

precis_test(test_tools_reload
            SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_tools_reload.cpp ${tools_support}
            LIBS ${tools_libs}
            ARGS ${PROJECT_SOURCE_DIR}/rules/packs/fr-news ${PROJECT_SOURCE_DIR}/data/sample.txt)

precis_test(test_tools_reload_stress
            SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_tools_reload_stress.cpp ${tools_support}
            LIBS ${tools_libs} Threads::Threads
            LABELS concurrency
            ARGS ${PROJECT_SOURCE_DIR}/rules/packs/fr-news ${PROJECT_SOURCE_DIR}/data/sample.txt)

precis_test(test_tools_scoring
            SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_tools_scoring.cpp ${tools_support}
                    ${PROJECT_SOURCE_DIR}/cli/src/rouge.cpp
            LIBS ${tools_libs} ICU::uc ICU::i18n
            ARGS ${tools_shared}/tools ${PRECIS_PYTHON3})

precis_test(test_tools_cli
            SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_tools_cli.cpp ${tools_support}
            LIBS ${tools_libs}
            ARGS $<TARGET_FILE:precis_cli> ${PROJECT_SOURCE_DIR}/rules/packs/fr-news
                 ${PROJECT_SOURCE_DIR}/data/sample.txt ${CMAKE_CURRENT_SOURCE_DIR}/data
                 ${tools_shared} ${PRECIS_PYTHON3} ${PRECIS_CHROMIUM}
                 ${CMAKE_CURRENT_SOURCE_DIR}/tools)
add_dependencies(test_tools_cli precis_cli)

precis_test(test_tools_schemas
            SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/test_tools_schemas.cpp ${tools_support}
            LIBS ${tools_libs}
            ARGS ${PROJECT_SOURCE_DIR}/rules/packs/fr-news ${CMAKE_CURRENT_SOURCE_DIR}/tools
                 ${PRECIS_PYTHON3})
