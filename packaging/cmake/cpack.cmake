# CPack: one Debian package per component. dpkg-shlibdeps computes the library
# dependencies; what it cannot see (plugins Qt loads at run time, programs the maintainer
# scripts call) is listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME samsa)
set(CPACK_PACKAGE_VENDOR "Samsa developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${SAMSA_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${SAMSA_HOMEPAGE})
# CPackDeb puts a summary other than its built-in default in front of every component's
# description; each package's description below starts with its own synopsis instead.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX ${SAMSA_PACKAGE_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL broker)
if(SAMSA_BUILD_APP)
    list(APPEND CPACK_COMPONENTS_ALL app)
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SAMSA_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SAMSA_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_SOURCE samsa)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Maintainer scripts 0755 and conffiles 0644, as dpkg and lintian expect.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME samsa)
set(CPACK_DEBIAN_APP_PACKAGE_SHLIBDEPS ON)
# The SQLite driver holds the saved clusters; the SVG plugins draw the window icon; the
# Wayland plugin saves running through XWayland.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "libqt6svg6, qt6-wayland, qt6-translations-l10n")
set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "samsa-broker, kcat")
# First line: the synopsis. CPack indents the rest and turns empty lines into " .".
set(CPACK_COMPONENT_APP_DESCRIPTION
    "desktop app for Apache Kafka with a bundled broker
Samsa is a Qt desktop app for Apache Kafka clusters: brokers, topics,
partitions and replicas, and topic and broker configuration, through the
Kafka protocol, so it works with Apache Kafka, Redpanda and managed services.

It runs a Kafka-compatible broker of its own as a local cluster on
127.0.0.1, which any Kafka client on the same machine can use.")

set(CPACK_DEBIAN_BROKER_PACKAGE_NAME samsa-broker)
set(CPACK_DEBIAN_BROKER_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_BROKER_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_BROKER_PACKAGE_SUGGESTS "kcat")
set(CPACK_DEBIAN_BROKER_PACKAGE_CONTROL_EXTRA
    ${samsa_broker_control}/postinst
    ${samsa_broker_control}/prerm
    ${samsa_broker_control}/postrm
    ${samsa_broker_control}/conffiles)
set(CPACK_COMPONENT_BROKER_DESCRIPTION
    "Kafka-compatible message broker
samsa-broker speaks the Apache Kafka wire protocol, so Kafka clients such as
librdkafka, kcat, kafka-python and the Java client work with it. It uses
Kafka's configuration keys and defaults and Kafka's on-disk log layout.

This package runs it as a systemd service under its own system user,
listening on ${SAMSA_BROKER_LISTENERS}, with its data in
${SAMSA_BROKER_STATE_DIR}.")

include(CPack)
