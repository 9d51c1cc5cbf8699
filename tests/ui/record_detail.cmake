samsa_add_test(test_record_detail_json LABEL ui SOURCES test_record_detail_json.cpp
    LIBS samsa_ui_record_detail)
samsa_add_test(test_record_detail LABEL ui SOURCES test_record_detail.cpp LIBS samsa_ui_record_detail)
samsa_add_test(test_record_detail_io LABEL ui SOURCES test_record_detail_io.cpp LIBS samsa_ui_record_detail)
