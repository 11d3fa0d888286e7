# Hardening: hostile input and concurrency through the C ABI. Both tests are hosts that know
# only the public header and link the plugin as shipped.
precis_test(test_hostile_input
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_hostile_input.cpp
    LIBS precis precis::sdk nlohmann_json::nlohmann_json
    LABELS hardening
    ARGS ${CMAKE_CURRENT_LIST_DIR}/data/hostile)
# A hang is a failure too: this bounds the whole executable, it does not time any case.
set_tests_properties(test_hostile_input PROPERTIES TIMEOUT 600)

find_package(Threads REQUIRED)
precis_test(test_concurrent_engine
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_concurrent_engine.cpp
    LIBS precis precis::sdk Threads::Threads
    LABELS concurrency hardening)
