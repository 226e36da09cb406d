# Migrant Integration Planner: one entry for set-up, tests, packaging and the demo.
# Every target that needs software depends on `deps`, which installs what is missing.

SHELL := /bin/bash
SYS_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PLUGIN := migrant_planning_plugin
BUILD := build
STAGE := $(BUILD)/$(PLUGIN)
# Looked up when a recipe runs (after `deps` installed QGIS), not when the Makefile is read: on a fresh machine
# qgis_process.bin does not exist yet. Debian's /usr/bin/qgis_process wrapper passes --noversioncheck, which
# qgis_process then refuses ("Command --noversioncheck not known!"): call the binary behind it where it exists.
QGIS_PROCESS = $(shell [ -x /usr/bin/qgis_process.bin ] && echo /usr/bin/qgis_process.bin || echo qgis_process)
# PROJ's data (proj.db) from the system package: pyproj in the venv looks under the venv's prefix, so the venv
# gets a link share/proj to it, and every recipe gets PROJ_DATA.
PROJ_DATA_DIR := /usr/share/proj
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := qgis python3-qgis qgis-providers python3-venv python3-pip python3-setuptools python3-dev gcc libgeos-dev \
	python3-fiona python3-scipy python3-matplotlib python3-pandas python3-pyproj python3-networkx \
	pyqt5-dev-tools qttools5-dev-tools poppler-utils osmium-tool python3-openpyxl python3-markdown postgresql \
	postgresql-postgis python3-psycopg2
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export PYTHONDONTWRITEBYTECODE := 1
export PROJ_DATA := $(PROJ_DATA_DIR)
VENV_SITE = $(shell $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' 2>/dev/null)

.PHONY: deps system-deps test test-debian13 lint format package i18n i18n-compile demo deploy bench clean sample-data postgis-up postgis-down

deps: system-deps $(VENV)/.deps-ok

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

# The venv sees the system packages (qgis, osgeo, PyQt5, numpy, pyproj, pandas, scipy, fiona);
# shapely is compiled against the system GEOS and geopandas added without dependencies
# (see requirements-geo.txt for why no geospatial wheels come from PyPI).
# A venv left half-made by an interrupted run (no working pip) is made again.
$(VENV)/.deps-ok: requirements.txt requirements-geo.txt Makefile
	@$(PY) -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV) && $(SYS_PYTHON) -m venv --system-site-packages $(VENV); }
	@[ -f $(PROJ_DATA_DIR)/proj.db ] || { echo "No PROJ data in $(PROJ_DATA_DIR) (package proj-data)"; exit 1; }
	@mkdir -p $(VENV)/share && ln -sfn $(PROJ_DATA_DIR) $(VENV)/share/proj
	@grep -q PROJ_DATA $(VENV)/bin/activate || echo 'export PROJ_DATA=$(PROJ_DATA_DIR)' >> $(VENV)/bin/activate
	@$(SYS_PYTHON) -c 'import numpy; print("numpy==" + numpy.__version__)' > $(VENV)/constraints.txt
	$(PIP) install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements.txt
	$(PIP) install -q --disable-pip-version-check -c $(VENV)/constraints.txt --no-build-isolation \
	  --no-binary shapely "$$(grep '^shapely==' requirements-geo.txt)"
	$(PIP) install -q --disable-pip-version-check --no-deps "$$(grep '^geopandas==' requirements-geo.txt)"
	@$(PY) scripts/check_env.py
	@touch $@

# The single test entry (README and .ci/run use it).
test: deps i18n-compile
	@mkdir -p tests/artifacts $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(PY) -m pytest tests $(PYTEST_ARGS)

# The same suite on Debian 13 / QGIS 3.40 LTR, in a chroot built once under build/trixie (needs root or sudo).
test-debian13:
	scripts/debian_root.sh trixie deps test

lint: deps
	$(PY) -m ruff check $(PLUGIN) tests bench scripts
	$(PY) -m ruff format --check $(PLUGIN) tests bench scripts
	$(PY) scripts/check_qt6.py

format: deps
	$(PY) -m ruff format $(PLUGIN) tests bench scripts
	$(PY) -m ruff check --fix $(PLUGIN) tests bench scripts

# Translations: update the .ts from the code, then compile .qm; fails on an unfinished string.
i18n: deps
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py check
	$(MAKE) i18n-compile

i18n-compile: system-deps
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

sample-data: deps
	$(PY) -m $(PLUGIN).sample_city resources/sample_data

package: deps i18n-compile
	$(PY) scripts/package.py

# Links the staged plugin into the user's default QGIS profile.
deploy: package
	@dest="$${QGIS_PLUGIN_DIR:-$$HOME/.local/share/QGIS/QGIS3/profiles/default/python/plugins}"; \
	mkdir -p "$$dest"; ln -sfn "$(CURDIR)/$(STAGE)" "$$dest/$(PLUGIN)"; \
	echo "Linked $(STAGE) into $$dest; enable it in QGIS under Plugins > Manage and Install Plugins."

demo: package
	QGIS_PROCESS=$(QGIS_PROCESS) VENV_SITE=$(VENV_SITE) $(PY) scripts/demo.py --out out/demo

bench: deps
	$(PY) bench/run_all.py

# A throw-away PostgreSQL + PostGIS under build/postgis (127.0.0.1 only, a free port); prints its URI.
postgis-up: system-deps
	@$(SYS_PYTHON) scripts/postgis_server.py up

postgis-down:
	@$(SYS_PYTHON) scripts/postgis_server.py down

clean:
	@[ ! -d $(BUILD)/postgis ] || $(SYS_PYTHON) scripts/postgis_server.py down
	rm -rf $(BUILD) out .pytest_cache .ruff_cache tests/artifacts i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
