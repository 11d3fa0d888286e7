# Rules tests: pack loading and its diagnostics, the bundled sample, golden properties over dev
# articles (the corpus is read from the shared folder beside the repository).
precis_test(test_rules_loader
    SOURCES test_rules_loader.cpp
    LIBS precis::rules precis::grammar
    LABELS rules)
target_compile_definitions(test_rules_loader PRIVATE
    PRECIS_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
# The pack image and the fallback tables are internal: tested through their headers.
target_include_directories(test_rules_loader PRIVATE ${PROJECT_SOURCE_DIR}/rules/src)

precis_test(test_rules_sample
    SOURCES test_rules_sample.cpp
    LIBS precis::rules precis::grammar
    LABELS rules
    ARGS ${PROJECT_SOURCE_DIR}/data/sample.txt)

precis_test(test_rules_corpus
    SOURCES test_rules_corpus.cpp
    LIBS precis::rules precis::grammar nlohmann_json::nlohmann_json
    LABELS rules corpus
    ARGS ${PROJECT_SOURCE_DIR}/../shared/corpus/dev.jsonl
         ${CMAKE_CURRENT_SOURCE_DIR}/data/rules/dev_cases.json)

precis_test(test_rules_english
    SOURCES test_rules_english.cpp
    LIBS precis::rules precis::grammar
    LABELS rules
    ARGS ${CMAKE_CURRENT_SOURCE_DIR}/data/rules/trade_figures.txt)
# Internal helpers (number format, template slots, lookup keys) are tested directly.
target_include_directories(test_rules_english PRIVATE ${PROJECT_SOURCE_DIR}/rules/src)

precis_test(test_rules_trimming
    SOURCES test_rules_trimming.cpp
    LIBS precis::rules precis::grammar
    LABELS rules)
# A loader that spins on malformed YAML must fail here, not hold the suite for CTest's default.
set_tests_properties(test_rules_loader PROPERTIES TIMEOUT 300)
