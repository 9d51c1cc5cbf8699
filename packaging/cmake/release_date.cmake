# The date of this version, for the changelog, the man pages and the AppStream release.
# SOURCE_DATE_EPOCH wins (reproducible builds set it); otherwise the date of the commit
# checked out at configure time, so every build of a commit carries the same date;
# otherwise today.
set(samsa_epoch_was_set FALSE)
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(samsa_epoch_was_set TRUE)
else()
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%ct
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
            OUTPUT_VARIABLE samsa_commit_time OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE samsa_git_result ERROR_QUIET)
        if(samsa_git_result EQUAL 0 AND samsa_commit_time MATCHES "^[0-9]+$")
            # string(TIMESTAMP) reads SOURCE_DATE_EPOCH; it is unset again below, so no
            # other part of the build sees it.
            set(ENV{SOURCE_DATE_EPOCH} ${samsa_commit_time})
        endif()
    endif()
endif()
string(TIMESTAMP SAMSA_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP SAMSA_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
if(NOT samsa_epoch_was_set)
    unset(ENV{SOURCE_DATE_EPOCH})
endif()
