samsa_add_test(test_topics_model LABEL ui SOURCES test_topics_model.cpp LIBS samsa_ui_topics)
samsa_add_test(test_create_topic_dialog LABEL ui SOURCES test_create_topic_dialog.cpp LIBS samsa_ui_topics)
samsa_add_test(test_topics_page LABEL ui
    SOURCES test_topics_page.cpp ${CMAKE_SOURCE_DIR}/tests/unit/client/produce_helper.cpp
    LIBS samsa_ui_topics)
target_include_directories(test_topics_page PRIVATE ${CMAKE_SOURCE_DIR}/tests/unit/client)
