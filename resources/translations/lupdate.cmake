# cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repo> -DTS_DIR=<dir> -DLANGUAGES=en;de;ru [-DNO_OBSOLETE=ON] -P lupdate.cmake
# Brings TS_DIR/parallax_<language>.ts up to date with the strings under app/ and ui/.
# English keeps only the plural messages: its source texts are already English.
# No line numbers: edits elsewhere in a file then leave the .ts files alone.
foreach(var LUPDATE SOURCE_DIR TS_DIR LANGUAGES)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "lupdate.cmake: ${var} is not set")
    endif()
endforeach()

set(options -recursive -locations none -silent)
if(NO_OBSOLETE)
    list(APPEND options -no-obsolete)
endif()
foreach(language IN LISTS LANGUAGES)
    set(extra "")
    if(language STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND "${LUPDATE}" ${options} ${extra} app ui -target-language ${language}
                -ts "${TS_DIR}/parallax_${language}.ts"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${language} (${result})")
    endif()
endforeach()
