# What Debian expects of every package in /usr/share: the copyright file and changelog in
# /usr/share/doc/<package>, and compressed manual pages. gzip -n keeps the file name and
# time out of the archive, so the packages build reproducibly.
find_program(SAMSA_GZIP gzip REQUIRED)

set(samsa_doc_dir ${CMAKE_CURRENT_BINARY_DIR}/doc)
configure_file(debian/changelog.in ${samsa_doc_dir}/changelog @ONLY)

# samsa_gzip_docs(<target> <file>...): <file>.gz beside each file, built by <target>.
function(samsa_gzip_docs target)
    set(outputs)
    foreach(file IN LISTS ARGN)
        add_custom_command(OUTPUT ${file}.gz
            COMMAND ${SAMSA_GZIP} -9 -n -k -f ${file}
            DEPENDS ${file}
            COMMENT "Compressing ${file}"
            VERBATIM)
        list(APPEND outputs ${file}.gz)
    endforeach()
    add_custom_target(${target} ALL DEPENDS ${outputs})
endfunction()

# samsa_install_package_docs(<component> <package>)
function(samsa_install_package_docs component package)
    install(FILES debian/copyright ${samsa_doc_dir}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package}
        COMPONENT ${component})
endfunction()

set(samsa_man_pages ${samsa_doc_dir}/samsa-broker.1)
if(SAMSA_BUILD_APP)
    list(APPEND samsa_man_pages ${samsa_doc_dir}/samsa.1)
endif()
foreach(page IN LISTS samsa_man_pages)
    get_filename_component(name ${page} NAME)
    configure_file(man/${name}.in ${page} @ONLY)
endforeach()
samsa_gzip_docs(samsa_package_docs ${samsa_doc_dir}/changelog ${samsa_man_pages})
