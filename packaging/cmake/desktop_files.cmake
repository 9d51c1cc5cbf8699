# The samsa package's desktop integration: the .desktop entry, AppStream metadata and the
# icon in the hicolor theme, as SVG and as PNGs rendered from it so they never drift.
set(SAMSA_APP_ID io.github.samsa.Samsa)
set(SAMSA_SCREENSHOT_URL "${SAMSA_HOMEPAGE}/raw/main/docs/screenshots")
set(samsa_resources ${PROJECT_SOURCE_DIR}/resources)

find_program(SAMSA_RSVG_CONVERT rsvg-convert REQUIRED)
set(samsa_icon_svg ${samsa_resources}/icons/samsa.svg)
set(samsa_icon_pngs)
foreach(size 16 22 24 32 48 64 128 256 512)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/apps)
    set(png ${dir}/${SAMSA_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${SAMSA_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${samsa_icon_svg}
        DEPENDS ${samsa_icon_svg}
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND samsa_icon_pngs ${png})
endforeach()
add_custom_target(samsa_icons ALL DEPENDS ${samsa_icon_pngs})

set(samsa_metainfo ${CMAKE_CURRENT_BINARY_DIR}/${SAMSA_APP_ID}.metainfo.xml)
configure_file(${samsa_resources}/${SAMSA_APP_ID}.metainfo.xml.in ${samsa_metainfo} @ONLY)

install(DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/icons/
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor COMPONENT app)
install(FILES ${samsa_icon_svg} RENAME ${SAMSA_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
install(FILES ${samsa_resources}/${SAMSA_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${samsa_metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
install(FILES ${samsa_doc_dir}/samsa.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT app)
samsa_install_package_docs(app samsa)
