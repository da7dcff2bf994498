# Writes the bash completion of reper-cli from its own --help (the layout of cmake/HelpToMan.cmake),
# so that a command or an option added to the help is completed without anyone touching this:
# the commands and their subcommands, each one's options, the choices of an option written
# a|b|c, files after FILE/PATH and folders after FOLDER/DIR.
#
# Inputs: PROGRAM (the built reper-cli), OUTPUT (the completion file).
cmake_minimum_required(VERSION 3.22)

execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE help RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "${PROGRAM} --help failed")
endif()
string(REPLACE ";" "<SEMICOLON>" help "${help}")
string(REPLACE "[" "<OPEN>" help "${help}") # CMake lists keep '[…]' together
string(REPLACE "]" "<CLOSE>" help "${help}")
string(REPLACE "\n" ";" lines "${help}")

# The terms (left of column 33) of the entries of one section, continuation lines joined.
function(section_terms heading out)
    set(terms "")
    set(term "")
    set(inside FALSE)
    foreach(line IN LISTS lines)
        string(REPLACE "<OPEN>" "[" line "${line}")
        string(REPLACE "<CLOSE>" "]" line "${line}")
        if(line MATCHES "^([A-Z][A-Za-z ]*):$")
            set(inside FALSE)
            if(CMAKE_MATCH_1 STREQUAL heading)
                set(inside TRUE)
            endif()
            continue()
        endif()
        if(NOT inside)
            continue()
        endif()
        string(REGEX MATCH "^ +" indent "${line}")
        string(LENGTH "${indent}" indent)
        string(LENGTH "${line}" length)
        if(length LESS_EQUAL 2 OR indent GREATER_EQUAL 33)
            continue()
        endif()
        set(left "${line}")
        if(length GREATER 33)
            string(SUBSTRING "${line}" 31 2 gap)
            if(gap STREQUAL "  ")
                string(SUBSTRING "${line}" 0 33 left)
            endif()
        endif()
        string(STRIP "${left}" left)
        string(REGEX REPLACE "[][]" "" left "${left}") # optional or not, completion offers it
        if(indent EQUAL 2)
            if(NOT term STREQUAL "")
                list(APPEND terms "${term}")
            endif()
            set(term "${left}")
        else()
            string(APPEND term " ${left}")
        endif()
    endforeach()
    if(NOT term STREQUAL "")
        list(APPEND terms "${term}")
    endif()
    set(${out} "${terms}" PARENT_SCOPE)
endfunction()

# The options of a usage text: "--name" alone is a flag; "--name a|b" offers a and b; "--name FILE"
# offers files, "--name FOLDER" folders. Appends "key option kind" entries to the caller's lists.
function(scan_options key usage)
    string(REPLACE "|" " | " usage "${usage}")
    string(REGEX REPLACE " +" ";" words "${usage}")
    list(LENGTH words count)
    set(index 0)
    while(index LESS count)
        list(GET words ${index} word)
        math(EXPR index "${index} + 1")
        if(NOT word MATCHES "^--[a-z][a-z-]*$")
            continue()
        endif()
        list(APPEND options_of_${key} "${word}")
        set(value "")
        if(index LESS count)
            list(GET words ${index} value)
        endif()
        if(value MATCHES "^(FILE|PATH|FILE\\..*)$")
            list(APPEND value_lines "    values[\"${key} ${word}\"]=@file")
        elseif(value MATCHES "^(FOLDER|DIR)$")
            list(APPEND value_lines "    values[\"${key} ${word}\"]=@dir")
        elseif(value MATCHES "^[a-z]")
            set(choices "${value}")
            set(at ${index})
            while(TRUE)
                math(EXPR bar "${at} + 1")
                math(EXPR next "${at} + 2")
                if(next GREATER_EQUAL count)
                    break()
                endif()
                list(GET words ${bar} maybe_bar)
                list(GET words ${next} choice)
                if(NOT maybe_bar STREQUAL "|" OR NOT choice MATCHES "^[a-z]")
                    break()
                endif()
                string(APPEND choices " ${choice}")
                set(at ${next})
            endwhile()
            list(APPEND value_lines "    values[\"${key} ${word}\"]=\"${choices}\"")
        elseif(value MATCHES "^[A-Z]")
            list(APPEND value_lines "    values[\"${key} ${word}\"]=@any")
        endif()
    endwhile()
    set(options_of_${key} "${options_of_${key}}" PARENT_SCOPE)
    set(value_lines "${value_lines}" PARENT_SCOPE)
endfunction()

set(value_lines "")
section_terms("Options" global_terms)
string(JOIN " " global_usage ${global_terms})
scan_options(global "${global_usage}")

section_terms("Commands" command_terms)
set(commands "")
set(keys "")
foreach(term IN LISTS command_terms)
    # "user disable NAME | user enable NAME | …": alternatives start again with the command's word.
    string(REGEX MATCH "^[a-z]+" command "${term}")
    string(REPLACE " | ${command} " ";${command} " alternatives "${term}")
    list(APPEND commands "${command}")
    foreach(alternative IN LISTS alternatives)
        string(REGEX REPLACE " +" ";" words "${alternative}")
        list(GET words 0 first)
        set(key "${first}")
        list(LENGTH words count)
        if(count GREATER 1)
            list(GET words 1 second)
            if(second MATCHES "^[a-z]+$")
                list(APPEND subcommands_of_${first} "${second}")
                set(key "${first}_${second}")
            endif()
        endif()
        list(APPEND keys "${key}")
        scan_options(${key} "${alternative}")
        # A positional FOLDER or FILE right after the command (import FOLDER, restore FILE).
        if(alternative MATCHES "^[a-z]+( [a-z]+)? (FOLDER|DIR)( |$)")
            list(APPEND value_lines "    values[\"${key} \"]=@dir")
        elseif(alternative MATCHES "^[a-z]+( [a-z]+)? (FILE|PATH)( |$)")
            list(APPEND value_lines "    values[\"${key} \"]=@file")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES commands)
list(REMOVE_DUPLICATES keys)

set(out "# bash completion for reper-cli: generated from reper-cli --help by cmake/HelpToCompletion.cmake.\n")
string(APPEND out "# shellcheck shell=bash\n\n_reper_cli()\n{\n")
string(APPEND out "    local cur=\${COMP_WORDS[COMP_CWORD]} prev=\${COMP_WORDS[COMP_CWORD-1]}\n")
string(JOIN " " global_options ${options_of_global})
string(APPEND out "    local global=\"${global_options} -h\"\n")
string(JOIN " " command_list ${commands})
string(APPEND out "    local commands=\"${command_list}\"\n")
string(APPEND out "    local -A subcommands=() options=() values=()\n")
foreach(command IN LISTS commands)
    if(DEFINED subcommands_of_${command})
        list(REMOVE_DUPLICATES subcommands_of_${command})
        string(JOIN " " subs ${subcommands_of_${command}})
        string(APPEND out "    subcommands[${command}]=\"${subs}\"\n")
    endif()
endforeach()
foreach(key IN LISTS keys)
    set(opts "")
    if(DEFINED options_of_${key})
        list(REMOVE_DUPLICATES options_of_${key})
        string(JOIN " " opts ${options_of_${key}})
    endif()
    string(REPLACE "_" " " spaced "${key}")
    string(APPEND out "    options[\"${spaced}\"]=\"${opts}\"\n")
endforeach()
list(REMOVE_DUPLICATES value_lines)
foreach(value_line IN LISTS value_lines)
    string(REPLACE "_" " " value_line "${value_line}")
    string(APPEND out "${value_line}\n")
endforeach()
string(APPEND out [=[

    # Where the command line is: the command, its subcommand, the words after them.
    local i word command="" sub="" key positional=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -z $command ]]; then
            case $word in
            --store | --user) ((i++)) ;;
            -*) ;;
            *) command=$word ;;
            esac
        elif [[ -n ${subcommands[$command]-} && -z $sub && $word != -* && ${COMP_WORDS[i-1]} != -* ]]; then
            sub=$word
        elif [[ $word != -* && ${COMP_WORDS[i-1]} != -* ]]; then
            ((positional++))
        fi
    done
    key=$command${sub:+ $sub}

    # The value of an option: its choices, a file, a folder, or nothing to offer.
    local kind=${values["$key $prev"]-${values["global $prev"]-}}
    if [[ $prev == -* && -n $kind ]]; then
        case $kind in
        @file) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        @dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
        @any) COMPREPLY=() ;;
        *) mapfile -t COMPREPLY < <(compgen -W "$kind" -- "$cur") ;;
        esac
        return 0
    fi
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$global" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
    elif [[ -n ${subcommands[$command]-} && -z $sub && $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${subcommands[$command]-}" -- "$cur")
    elif [[ $cur != -* && $positional -eq 0 && -n ${values["$key "]-} ]]; then
        if [[ ${values["$key "]} == @dir ]]; then
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        fi
    else
        # The command's options, less those already given.
        local candidates="" option
        for option in ${options[$key]-}; do
            [[ " ${COMP_WORDS[*]:1:COMP_CWORD-1} " == *" $option "* ]] || candidates+=" $option"
        done
        mapfile -t COMPREPLY < <(compgen -W "$candidates" -- "$cur")
    fi
    return 0
}
complete -o filenames -F _reper_cli reper-cli
]=])
string(REPLACE "<SEMICOLON>" ";" out "${out}")
file(WRITE "${OUTPUT}.new" "${out}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.new" "${OUTPUT}")
file(REMOVE "${OUTPUT}.new")
