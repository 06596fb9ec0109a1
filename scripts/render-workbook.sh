#!/usr/bin/env bash
# Renders a report's workbook to PNG pages, one per printed page, to look at what a manager sees when the workbook
# is printed or saved as PDF: LibreOffice (headless) turns it into a PDF with each sheet's own page setup, and
# pdftoppm turns the PDF into pages.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/render-workbook.sh REPORT_DIR [OUT_DIR] [--dpi N]

REPORT_DIR  a report folder such as reports/2024-12-31 (holding tradestat-<date>.xlsx), or the .xlsx itself
OUT_DIR     where the PDF and the pages go (default: $TMPDIR/tradestat-pages-<name of the workbook>); earlier pages there are removed
--dpi N     resolution of the pages (default 70: a landscape A4 page is about 820 x 580 pixels)

Needs soffice (LibreOffice) and pdftoppm (poppler-utils). LibreOffice runs with a profile of its own in OUT_DIR,
so a LibreOffice that is open meanwhile is neither used nor disturbed. Prints the pages written.
EOF
}

dpi=70
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage; exit 0 ;;
        --dpi) [ $# -ge 2 ] || { usage >&2; exit 2; }; dpi="$2"; shift 2 ;;
        -*) echo "render-workbook: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
[ ${#args[@]} -ge 1 ] && [ ${#args[@]} -le 2 ] || { usage >&2; exit 2; }
case "$dpi" in ''|*[!0-9]*) echo "render-workbook: --dpi needs a whole number, not '$dpi'" >&2; exit 2 ;; esac

source="${args[0]}"
if [ -d "$source" ]; then
    shopt -s nullglob
    found=("$source"/tradestat-*.xlsx)
    shopt -u nullglob
    [ ${#found[@]} -eq 1 ] || { echo "render-workbook: expected one tradestat-*.xlsx in $source, found ${#found[@]}" >&2; exit 2; }
    workbook="${found[0]}"
elif [ -f "$source" ]; then
    workbook="$source"
else
    echo "render-workbook: no such folder or file: $source" >&2
    exit 2
fi
for tool in soffice pdftoppm; do
    command -v "$tool" >/dev/null || { echo "render-workbook: $tool is not installed" >&2; exit 2; }
done

name="$(basename "$workbook" .xlsx)"
out="${args[1]:-${TMPDIR:-/tmp}/tradestat-pages-$name}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -rf "${out:?}/$name.pdf" "$out"/page-*.png "$out/.lo-profile"

# A profile of its own: without it, a second soffice hands the job to one already running (as another user, perhaps)
# or fails on the profile's lock.
soffice -env:UserInstallation="file://$out/.lo-profile" --headless --norestore --convert-to pdf --outdir "$out" \
    "$workbook" >"$out/soffice.log" 2>&1 || { cat "$out/soffice.log" >&2; exit 1; }
[ -s "$out/$name.pdf" ] || { echo "render-workbook: LibreOffice wrote no PDF (see $out/soffice.log)" >&2; exit 1; }
rm -rf "$out/.lo-profile"
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/page"
ls -1 "$out"/page-*.png
