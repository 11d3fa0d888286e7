# Makes a copy of a rule pack with one YAML file broken, for the hosts' reload tests.
#   cmake -DSOURCE=rules/packs/fr-news -DDEST=<dir> -P broken_pack.cmake
file(REMOVE_RECURSE ${DEST})
file(COPY ${SOURCE}/ DESTINATION ${DEST})
file(GLOB_RECURSE yaml_files LIST_DIRECTORIES false ${DEST}/*.yaml ${DEST}/*.yml)
list(SORT yaml_files)
list(LENGTH yaml_files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no YAML file in ${SOURCE}")
endif()
list(GET yaml_files 0 victim)
file(APPEND ${victim} "\n  broken: [unclosed\n")
message(STATUS "broken pack: ${DEST} (${victim})")
