samsa_add_test(test_topic_detail LABEL ui
    SOURCES test_topic_detail.cpp ${CMAKE_SOURCE_DIR}/tests/unit/client/produce_helper.cpp
    LIBS samsa_ui_topic_detail)
target_include_directories(test_topic_detail PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit/client)
