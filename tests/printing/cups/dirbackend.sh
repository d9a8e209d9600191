#!/bin/sh
# A CUPS backend for tests: writes each job's bytes, unchanged, to the
# directory its device URI names (dirbackend:/path/to/dir), one file per job
# (job-<id>), through a temporary file and a rename so a reader never sees a
# half-written job. CUPS runs it as: job-id user title copies options [file].
if [ $# -eq 0 ]; then
    echo 'direct dirbackend "Unknown" "packdesk test directory backend"'
    exit 0
fi
dir=${DEVICE_URI#dirbackend:}
dir=/${dir#"${dir%%[!/]*}"} # dirbackend:/d and dirbackend:///d both mean /d
tmp="$dir/.job-$1.tmp"
if [ $# -ge 6 ]; then
    cat "$6" >"$tmp" || exit 1
else
    cat >"$tmp" || exit 1
fi
mv "$tmp" "$dir/job-$1" || exit 1
exit 0
