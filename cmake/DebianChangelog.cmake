# Writes the package's changelog.gz (Debian policy 12.7) from the release notes of the AppStream
# metainfo, so that the notes are written once: an entry for the version being built, with the
# points of the newest <release> of the metainfo.
#
# Inputs: METAINFO, VERSION_FILE (build/generated/version.txt), MAINTAINER, OUTPUT (changelog.gz).
cmake_minimum_required(VERSION 3.22)

file(READ "${METAINFO}" xml)
file(STRINGS "${VERSION_FILE}" version LIMIT_COUNT 1)
string(FIND "${xml}" "<release " start)
string(FIND "${xml}" "</release>" end)
if(start LESS 0 OR end LESS start)
    message(FATAL_ERROR "DebianChangelog: no <release> in ${METAINFO}")
endif()
math(EXPR length "${end} - ${start}")
string(SUBSTRING "${xml}" ${start} ${length} release)
string(REGEX MATCHALL "<(p|li)>[^<]*</(p|li)>" points "${release}")

set(entry "reper (${version}) unstable; urgency=medium\n\n")
foreach(point IN LISTS points)
    string(REGEX REPLACE "</?(p|li)>" "" point "${point}")
    string(REGEX REPLACE "[ \n]+" " " point "${point}")
    string(STRIP "${point}" point)
    # Lines of at most 80 columns: "  * " and "    " before the words.
    set(line "  *")
    string(REPLACE " " ";" words "${point}")
    foreach(word IN LISTS words)
        string(LENGTH "${line} ${word}" width)
        if(width GREATER 80)
            string(APPEND entry "${line}\n")
            set(line "   ")
        endif()
        string(APPEND line " ${word}")
    endforeach()
    string(APPEND entry "${line}\n")
endforeach()
string(TIMESTAMP date "%a, %d %b %Y %H:%M:%S +0000" UTC) # SOURCE_DATE_EPOCH, when set
string(APPEND entry "\n -- ${MAINTAINER}  ${date}\n")

get_filename_component(dir "${OUTPUT}" DIRECTORY)
file(WRITE "${dir}/changelog" "${entry}")
execute_process(COMMAND gzip -9nc "${dir}/changelog" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "gzip failed on ${dir}/changelog")
endif()
