#!/usr/bin/env bash
# Installs what T2 Monitor's build, demo and tests need from Debian when it is missing:
# QGIS 3.40 LTR from bookworm-backports (python3-qgis, qgis-providers, qgis for qgis_process),
# lrelease (translations), xvfb (screenshots), python3-venv, poppler-utils (pdftotext: the report tests read PDFs). Idempotent; needs root or sudo.
set -euo pipefail

need=()
/usr/bin/python3 -c 'import qgis.core' 2>/dev/null || need+=(qgis)
command -v qgis_process >/dev/null || need+=(qgis)
command -v lrelease >/dev/null || need+=(qttools5-dev-tools)
command -v Xvfb >/dev/null || need+=(xvfb)
/usr/bin/python3 -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
command -v zip >/dev/null || need+=(zip)
command -v pdftotext >/dev/null || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
if [[ " ${need[*]} " == *" qgis "* ]] && [ "$codename" = "bookworm" ] \
    && ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "Adding Debian bookworm-backports (QGIS 3.40 LTR)"
  printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null
fi
$SUDO apt-get update -q
pkgs=()
for p in "${need[@]}"; do
  case "$p" in
    qgis)
      if [ "$codename" = "bookworm" ]; then
        $SUDO apt-get install -y -q -t bookworm-backports python3-qgis qgis-providers qgis
      else
        $SUDO apt-get install -y -q python3-qgis qgis-providers qgis
      fi ;;
    *) pkgs+=("$p") ;;
  esac
done
[ ${#pkgs[@]} -eq 0 ] || $SUDO apt-get install -y -q "${pkgs[@]}"
/usr/bin/python3 -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)'
