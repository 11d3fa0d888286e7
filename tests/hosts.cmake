# Hosts: each binding and the service, run against the library built here (no stand-ins).
set(hosts_src ${PROJECT_SOURCE_DIR})
set(hosts_sample ${PROJECT_SOURCE_DIR}/data/sample.txt)
set(hosts_rules ${PROJECT_SOURCE_DIR}/rules/packs/fr-news)
set(hosts_broken ${CMAKE_CURRENT_BINARY_DIR}/broken-pack)
set(hosts_env PRECIS_LIBRARY=$<TARGET_FILE:precis> PRECIS_SAMPLE=${hosts_sample}
    PRECIS_RULES=${hosts_rules} PRECIS_BROKEN_RULES=${hosts_broken})

# Fixture: a copy of the default pack with one YAML file broken, for the reload tests.
add_test(NAME hosts_broken_pack
         COMMAND ${CMAKE_COMMAND} -DSOURCE=${hosts_rules} -DDEST=${hosts_broken}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/hosts/broken_pack.cmake)
set_tests_properties(hosts_broken_pack PROPERTIES FIXTURES_SETUP precis_broken_pack LABELS hosts)

find_package(Python3 3.9 REQUIRED COMPONENTS Interpreter)
find_program(PRECIS_PHP NAMES php8.2 php)

# Python (ctypes), including a many-threads test.
add_test(NAME hosts_python
         COMMAND ${Python3_EXECUTABLE} -m unittest discover -v
                 -s ${hosts_src}/bindings/python/tests -t ${hosts_src}/bindings/python/tests)
set_tests_properties(hosts_python PROPERTIES LABELS hosts FIXTURES_REQUIRED precis_broken_pack
    ENVIRONMENT "${hosts_env};PYTHONPATH=${hosts_src}/bindings/python;PYTHONDONTWRITEBYTECODE=1")

# PHP (FFI): the class's tests once with FFI::cdef over the header, once with the declarations
# from ffi.preload (FFI::scope); the preload file is the header behind FFI_SCOPE / FFI_LIB lines.
if(PRECIS_PHP)
    include(PrecisPhpFfi)
    precis_php_ffi_header(${PROJECT_BINARY_DIR}/bindings/php/precis.ffi.h $<TARGET_FILE:precis>)
    set(php_test ${hosts_src}/bindings/php/tests/engine_test.php)
    add_test(NAME hosts_php_cdef
             COMMAND ${PRECIS_PHP} -n -d extension=ffi -d ffi.enable=true ${php_test}
                     ${hosts_sample} ${hosts_rules} ${hosts_broken} cdef)
    add_test(NAME hosts_php_preload
             COMMAND ${PRECIS_PHP} -n -d extension=ffi -d ffi.enable=preload
                     -d ffi.preload=${PROJECT_BINARY_DIR}/bindings/php/precis.ffi.h
                     ${php_test} ${hosts_sample} ${hosts_rules} ${hosts_broken} preload)
    set_tests_properties(hosts_php_cdef hosts_php_preload PROPERTIES LABELS hosts
        ENVIRONMENT "${hosts_env}" FIXTURES_REQUIRED precis_broken_pack)
    # The PHP-FPM recipe itself: php-fpm with ffi.preload + opcache.preload, one FastCGI request.
    add_test(NAME hosts_php_fpm
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hosts/php_fpm.sh ${hosts_src}
                     ${PROJECT_BINARY_DIR}/bindings/php/precis.ffi.h ${hosts_sample})
    set_tests_properties(hosts_php_fpm PROPERTIES LABELS hosts)
else()
    message(WARNING "php not found: the PHP host tests are not registered (apt-get install php8.2-cli)")
endif()

# Node (koffi): node's test runner; installs the locked dependencies itself, skips (77) only
# when npm is absent.
add_test(NAME hosts_node
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hosts/node_test.sh ${hosts_src}/bindings/node
                 ${PROJECT_BINARY_DIR}/bindings/node)
set_tests_properties(hosts_node PROPERTIES LABELS hosts SKIP_RETURN_CODE 77
    FIXTURES_REQUIRED precis_broken_pack ENVIRONMENT "${hosts_env}")

# The SDK as a package: installed into a temporary prefix, then used by sdk/examples through
# find_package(precis) and by the same example through pkg-config.
add_test(NAME hosts_install_consumer
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hosts/install_consumer.sh ${PROJECT_BINARY_DIR}
                 ${hosts_src} ${hosts_sample})
add_test(NAME hosts_deb_packages
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hosts/deb_packages.sh ${PROJECT_BINARY_DIR})
set_tests_properties(hosts_install_consumer hosts_deb_packages PROPERTIES LABELS "hosts;packaging"
    RESOURCE_LOCK precis_install)

# `precis serve`: HTTP on a free loopback port, summarise, reload good and bad packs, metrics.
add_test(NAME hosts_serve
         COMMAND ${Python3_EXECUTABLE} -m unittest -v test_serve
         WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/hosts)
set_tests_properties(hosts_serve PROPERTIES LABELS hosts FIXTURES_REQUIRED precis_broken_pack
    ENVIRONMENT "${hosts_env};PRECIS_CLI=$<TARGET_FILE:precis_cli>;PYTHONDONTWRITEBYTECODE=1")

# WordPress end to end (MariaDB, php -S, headless Chromium; about 15 s): opt-in, see
# tests/e2e/wordpress.sh and tests/e2e/packages.txt.
option(PRECIS_E2E_WORDPRESS "Run the WordPress end-to-end test" OFF)
if(PRECIS_E2E_WORDPRESS)
    add_test(NAME e2e_wordpress
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e/wordpress.sh ${PROJECT_BINARY_DIR}
                     ${PROJECT_BINARY_DIR}/e2e/wordpress)
    set_tests_properties(e2e_wordpress PROPERTIES LABELS "hosts;e2e" TIMEOUT 300)
endif()
