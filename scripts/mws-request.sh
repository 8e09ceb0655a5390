#!/usr/bin/env bash
#
# mws-request.sh: send one Amazon MWS Reports request (2009-01-01), signed with Signature Version 2,
# to the stub server or to any other implementation, and print the HTTP response.
#
# Usage:
#   scripts/mws-request.sh [-u BASE_URL] [-k ACCESS_KEY_ID] [-s SECRET] [-m SELLER_ID] [--dry-run]
#                          Name=Value ...
#
#   -u BASE_URL       where the service listens (default http://127.0.0.1:8080); requests go to
#                     BASE_URL/Reports/2009-01-01
#   -k ACCESS_KEY_ID  default $MWS_ACCESS_KEY_ID, else AKIDEXAMPLE
#   -s SECRET         default $MWS_SECRET_KEY, else example-secret
#   -m SELLER_ID      sent as SellerId; default $MWS_SELLER_ID, else A3EXAMPLE4D
#                     (give Merchant=... as a parameter to send Merchant instead, as the Java client does)
#   --dry-run         print the string to sign, the signature and the body; send nothing
#   Name=Value        request parameters, unencoded. They override the common parameters the script adds
#                     (AWSAccessKeyId, SellerId, SignatureMethod=HmacSHA256, SignatureVersion=2,
#                     Timestamp=now, Version=2009-01-01), so Timestamp=... makes a run reproducible and
#                     SignatureMethod=HmacSHA1 signs with SHA-1.
#
# Example:
#   scripts/mws-request.sh -u http://127.0.0.1:8080 -k AKIDEXAMPLE -s example-secret \
#       Action=ManageReportSchedule ReportType=_GET_ORDERS_DATA_ Schedule=_30_DAYS_
#
# The stub verifies signatures only for keys it was started with (--mws-key AKIDEXAMPLE=example-secret).
# Needs bash 4+, curl, openssl, base64, date. The secret appears in openssl's argument list, so this is
# a tool for test keys, not for production credentials.

set -euo pipefail
# Byte semantics for ${#s}, ${s:i:1} and [[ < ]]: encoding works on UTF-8 bytes and names sort by bytes.
export LC_ALL=C

readonly REPORTS_PATH=/Reports/2009-01-01

usage() {
    sed -n '5,20s/^# \{0,1\}//p' "$0" >&2
    exit 2
}

base_url=http://127.0.0.1:8080
access_key_id=${MWS_ACCESS_KEY_ID:-AKIDEXAMPLE}
secret=${MWS_SECRET_KEY:-example-secret}
seller_id=${MWS_SELLER_ID:-A3EXAMPLE4D}
dry_run=false

given_names=()
given_values=()
while (($#)); do
    case $1 in
        -u) (($# >= 2)) || usage; base_url=$2; shift 2 ;;
        -k) (($# >= 2)) || usage; access_key_id=$2; shift 2 ;;
        -s) (($# >= 2)) || usage; secret=$2; shift 2 ;;
        -m) (($# >= 2)) || usage; seller_id=$2; shift 2 ;;
        --dry-run | --print-string-to-sign) dry_run=true; shift ;;
        -h | --help) usage ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *=*) given_names+=("${1%%=*}"); given_values+=("${1#*=}"); shift ;;
        *) echo "not a Name=Value parameter: $1" >&2; usage ;;
    esac
done

# RFC 3986: unreserved characters as they are, every other byte as upper-case %XX (space is %20).
rfc3986() {
    local text=$1 encoded='' c i
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        case $c in
            [A-Za-z0-9._~-]) encoded+=$c ;;
            *) printf -v c '%%%02X' "$(( $(printf '%d' "'$c") & 255 ))"; encoded+=$c ;;
        esac
    done
    printf '%s' "$encoded"
}

# Common parameters first, then the command line's, which replace a common one of the same name.
names=()
values=()
set_parameter() {
    local i
    for i in "${!names[@]}"; do
        if [[ ${names[i]} == "$1" ]]; then
            values[i]=$2
            return
        fi
    done
    names+=("$1")
    values+=("$2")
}

timestamp=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
# date without %N (BSD, macOS) leaves the letter in; whole seconds are valid ISO 8601 too.
[[ $timestamp == *N* ]] && timestamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)

set_parameter AWSAccessKeyId "$access_key_id"
if [[ " ${given_names[*]-} " != *" Merchant "* ]]; then
    set_parameter SellerId "$seller_id"
fi
set_parameter SignatureMethod HmacSHA256
set_parameter SignatureVersion 2
set_parameter Timestamp "$timestamp"
set_parameter Version 2009-01-01
for i in "${!given_names[@]}"; do
    set_parameter "${given_names[i]}" "${given_values[i]}"
done

# Sort by name, byte order (insertion sort: a request has a few dozen parameters at most).
order=()
for i in "${!names[@]}"; do
    j=${#order[@]}
    while ((j > 0)) && [[ ${names[i]} < ${names[order[j - 1]]} ]]; do
        order[j]=${order[j - 1]}
        j=$((j - 1))
    done
    order[j]=$i
done

query=''
signature_method=''
for i in "${order[@]}"; do
    [[ ${names[i]} == Signature ]] && continue
    [[ ${names[i]} == SignatureMethod ]] && signature_method=${values[i]}
    query+="${query:+&}$(rfc3986 "${names[i]}")=$(rfc3986 "${values[i]}")"
done

case $signature_method in
    HmacSHA256) digest=-sha256 ;;
    HmacSHA1) digest=-sha1 ;;
    *) echo "cannot sign with SignatureMethod=$signature_method (HmacSHA256 or HmacSHA1)" >&2; exit 2 ;;
esac

# scheme://host[:port][/prefix]: sign the host as the Host header carries it, minus the default ports.
if [[ ! $base_url =~ ^(https?)://([^/:]+|\[[^]]+\])(:([0-9]+))?(/.*)?$ ]]; then
    echo "BASE_URL must look like http://host[:port]: $base_url" >&2
    exit 2
fi
host=${BASH_REMATCH[2],,}
port=${BASH_REMATCH[4]}
prefix=${BASH_REMATCH[5]%/}
if [[ -n $port && $port != 80 && $port != 443 ]]; then
    host+=:$port
fi
path=$prefix$REPORTS_PATH

string_to_sign="POST"$'\n'"$host"$'\n'"$path"$'\n'"$query"
signature=$(printf '%s' "$string_to_sign" | openssl dgst "$digest" -hmac "$secret" -binary | base64)
body="$query&Signature=$(rfc3986 "$signature")"
url="${base_url%/}$REPORTS_PATH"

if $dry_run; then
    printf '# POST %s\n# string to sign\n%s\n# signature\n%s\n# body\n%s\n' \
        "$url" "$string_to_sign" "$signature" "$body"
    exit 0
fi

curl -sS -i -X POST "$url" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-binary "$body"
echo
