# The samsa-broker package's own files: server.properties generated from the broker's
# config table, the systemd unit, the maintainer scripts and the man page.

# The renderer is a library so tests/packaging can check its output against the registry.
add_library(samsa_packaging_config STATIC config/server_properties.cpp)
target_include_directories(samsa_packaging_config PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(samsa_packaging_config PUBLIC samsa_common)

add_executable(samsa-default-server-properties config/default_server_properties.cpp)
target_compile_definitions(samsa-default-server-properties PRIVATE SAMSA_VERSION="${PROJECT_VERSION}")
target_link_libraries(samsa-default-server-properties PRIVATE samsa_packaging_config)
# Qt-free, like the broker code they build on.
set_target_properties(samsa_packaging_config samsa-default-server-properties PROPERTIES AUTOMOC OFF)

set(samsa_server_properties ${CMAKE_CURRENT_BINARY_DIR}/etc/server.properties)
add_custom_command(OUTPUT ${samsa_server_properties}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/etc
    COMMAND samsa-default-server-properties
        --output ${samsa_server_properties}
        --path ${SAMSA_BROKER_CONFIG}
        --set listeners=${SAMSA_BROKER_LISTENERS}
        --set log.dirs=${SAMSA_BROKER_STATE_DIR}
    DEPENDS samsa-default-server-properties
    COMMENT "Generating server.properties from the broker's config definitions"
    VERBATIM)
add_custom_target(samsa_server_properties ALL DEPENDS ${samsa_server_properties})

# Where this Debian release keeps packaged units (/lib/systemd/system up to Debian 12).
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
    pkg_get_variable(samsa_systemd_unit_dir systemd systemdsystemunitdir)
endif()
if(NOT samsa_systemd_unit_dir)
    set(samsa_systemd_unit_dir /lib/systemd/system)
endif()
set(SAMSA_SYSTEMD_UNIT_DIR ${samsa_systemd_unit_dir} CACHE PATH "Directory for the samsa-broker systemd unit")

set(samsa_broker_control ${CMAKE_CURRENT_BINARY_DIR}/debian/samsa-broker)
foreach(script postinst prerm postrm)
    configure_file(debian/samsa-broker/${script}.in ${samsa_broker_control}/${script} @ONLY
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()
configure_file(debian/samsa-broker/conffiles.in ${samsa_broker_control}/conffiles @ONLY)
configure_file(systemd/samsa-broker.service.in ${CMAKE_CURRENT_BINARY_DIR}/systemd/samsa-broker.service @ONLY)

install(FILES ${samsa_server_properties} DESTINATION ${SAMSA_BROKER_CONFIG_DIR} COMPONENT broker)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/systemd/samsa-broker.service
    DESTINATION ${SAMSA_SYSTEMD_UNIT_DIR} COMPONENT broker)
install(FILES ${samsa_doc_dir}/samsa-broker.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT broker)
samsa_install_package_docs(broker samsa-broker)
