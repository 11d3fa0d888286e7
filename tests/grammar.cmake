# Grammar tests. The vocabulary comes from the default pack's YAML files; the dev corpus from the
# shared folder beside the repository.
set(precis_vocabulary_dir ${PROJECT_SOURCE_DIR}/rules/packs/fr-news/vocabulary)
# yaml-cpp 0.7 (Debian 12) exports a plain `yaml-cpp` target; later versions add the namespace.
if(TARGET yaml-cpp::yaml-cpp)
    set(precis_grammar_test_yaml yaml-cpp::yaml-cpp)
else()
    set(precis_grammar_test_yaml yaml-cpp)
endif()

precis_test(test_grammar_golden
    SOURCES test_grammar_golden.cpp
    LIBS precis::grammar ${precis_grammar_test_yaml} nlohmann_json::nlohmann_json
    LABELS grammar
    ARGS ${CMAKE_CURRENT_SOURCE_DIR}/data/grammar ${precis_vocabulary_dir})

precis_test(test_grammar_text
    SOURCES test_grammar_text.cpp
    LIBS precis::grammar ${precis_grammar_test_yaml} nlohmann_json::nlohmann_json
    LABELS grammar
    ARGS ${precis_vocabulary_dir})

precis_test(test_grammar_sample
    SOURCES test_grammar_sample.cpp
    LIBS precis::grammar ${precis_grammar_test_yaml} nlohmann_json::nlohmann_json
    LABELS grammar
    ARGS ${PROJECT_SOURCE_DIR}/data/sample.txt ${precis_vocabulary_dir})

precis_test(test_grammar_corpus
    SOURCES test_grammar_corpus.cpp
    LIBS precis::grammar ${precis_grammar_test_yaml} nlohmann_json::nlohmann_json
    LABELS grammar concurrency
    ARGS ${PROJECT_SOURCE_DIR}/../shared/corpus/dev.jsonl ${precis_vocabulary_dir})
# The lexicon table's format is internal: its round-trip test reads grammar/src.
target_include_directories(test_grammar_text PRIVATE ${PROJECT_SOURCE_DIR}/grammar/src)
