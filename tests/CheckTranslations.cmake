# Runs lupdate into a copy of the catalogue and fails if any message is new or unfinished.
set(copy "${CMAKE_CURRENT_BINARY_DIR}/partydesk_zh_CN.check.ts")
configure_file("${SOURCE_DIR}/translations/partydesk_zh_CN.ts" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -silent
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} untranslated strings (run the update_translations target, then translate)")
endif()
message(STATUS "All strings translated")
