"""t2monitor:restorationreport end to end on the sample region (wiring fixtures: the workflow's own outputs at 180 m).

The PDF's text is read back with pdftotext and compared with the summary tables, read here with OGR."""
import os
import time

import processing
import pytest
from osgeo import ogr
from qgis_process_run import run_failing, run_json
from report_template import move_item, pdf_pages, word_boxes

ALG = "t2monitor:restorationreport"
SEP = {"en": (".", ","), "es": (",", ".")}


@pytest.fixture(scope="module")
def inputs(qgis_processing, sample_dir, tmp_path_factory):
    """Paths of the workflow outputs the report reads, made by our algorithms (tests/wiring/fx_report.py)."""
    from qgis.core import QgsApplication
    from wiring.registry import Fixtures, load_all

    from t2_monitor_plugin.provider import T2MonitorProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("t2monitor") is None:
        provider = T2MonitorProvider()
        registry.addProvider(provider)
        import conftest
        conftest._KEEP_ALIVE.append(provider)
    load_all()
    fx = Fixtures(str(tmp_path_factory.mktemp("report_fixtures")), sample_dir)
    return {"SDG_MAP": fx.get("report_sdg_map"), "SDG_SUMMARY": fx.get("sdg_summary_report_1"),
            "AREA_TABLE": fx.get("area_under_restoration"), "PROGRESS_TABLE": fx.get("report_progress"),
            "STATUS_MAP": fx.get("report_status_map"), "PRIORITY_MAP": fx.get("report_priority_map"),
            "ZONES": fx.get("districts"), "ZONE_FIELD": "name", "COUNTRY": "Región de muestra",
            "REPORTING_PERIOD": "2016-2023", "DATA_SOURCES": "ESA CCI land cover; MODIS NDVI",
            "REPORT_DATE": "2026-01-31", "METHODS_FILE": fx.get("report_methods_file"), "_fx": fx}


def _params(inputs, **extra):
    return {**{k: v for k, v in inputs.items() if not k.startswith("_")}, **extra}


def _rows(path):
    ds = ogr.Open(path.split("|")[0])
    layer = ds.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    return [dict(zip(names, [f.GetField(i) for i in range(len(names))])) for f in layer]


def _fmt(value, decimals, lang):
    """Independent formatting of a table figure as the report must show it."""
    if value is None:
        return "-"
    dec, th = SEP[lang]
    return f"{value:,.{decimals}f}".replace(",", "#").replace(".", dec).replace("#", th)


def _run(params):
    import processing

    return processing.run(ALG, params)


def _page(pages, marker):
    found = [p for p in pages if marker in p]
    assert found, marker
    return found[0]


@pytest.mark.parametrize("lang,choice", [("en", 1), ("es", 2)])
def test_report_figures_equal_the_summary_tables(inputs, tmp_path, lang, choice, t2_provider):
    out = str(tmp_path / f"report_{lang}.pdf")
    started = time.perf_counter()
    res = _run(_params(inputs, LANGUAGE=choice, OUTPUT=out))
    elapsed = time.perf_counter() - started
    assert elapsed < 30, elapsed
    pages = pdf_pages(out)
    # title, 3 maps, headline, zones, methods
    assert res["PAGE_COUNT"] == len(pages) == 7
    assert "Región de muestra" in pages[0] and "2016-2023" in pages[0] and "ESA CCI land cover" in pages[0]
    assert "T2 Monitor 0.1.0" in pages[0]  # the version of metadata.txt

    summary, areas = _rows(inputs["SDG_SUMMARY"]), _rows(inputs["AREA_TABLE"])
    deg = [r for r in summary if r["level"] == "total" and r["kind"] == "class" and r["class"] == -1][0]
    land = [r for r in summary if r["level"] == "total" and r["kind"] == "total_land"][0]
    total = [r for r in areas if r["disaggregation"] == "total"][0]
    expected = [_fmt(land["area_ha"], 1, lang), _fmt(deg["area_ha"], 1, lang),
                _fmt(100 * deg["share_of_land"], 2, lang), _fmt(total["degraded_baseline_ha"], 1, lang),
                _fmt(total["area_under_restoration_ha"], 1, lang), _fmt(total["inside_degraded_ha"], 1, lang),
                _fmt(total["percent_of_baseline"], 2, lang), _fmt(total["target_percent"], 2, lang),
                _fmt(total["target_percent"] / 100 * total["degraded_baseline_ha"], 1, lang),
                _fmt(total["remaining_to_target_ha"], 1, lang)]
    head = _page(pages, "2023 (ha)")
    shown = [line.split()[-1] for line in head.splitlines() if line.strip()][2:12]  # after the title and header rows
    assert shown == expected
    assert res["DEGRADED_HA"] == pytest.approx(deg["area_ha"])
    assert res["AREA_UNDER_RESTORATION_HA"] == pytest.approx(total["area_under_restoration_ha"])
    if lang == "es":
        assert "," in expected[0] and "Superficie total de tierra (ha)" in head.replace("\ufb01", "fi")
        assert "Degradado" in pages[1]  # legend classes in Spanish
    else:
        assert "Total land area (ha)" in head and "Degraded" in pages[1]

    zones = _page(pages, "Nueva Esperanza")
    lines = {ln.split("  ")[0].strip(): ln for ln in zones.splitlines() if ln.strip()}
    sdg_zones = {r["zone"] for r in summary if r["level"] == "zone"}
    assert sdg_zones and sdg_zones <= set(lines)
    for zone in sdg_zones:
        by = {(r["kind"], r["class"]): r for r in summary if r["zone"] == zone}
        admin = [r for r in areas if r["disaggregation"] == "admin" and r["value"] == zone][0]
        want = [_fmt(by[("total_land", None)]["area_ha"], 1, lang), _fmt(by[("class", -1)]["area_ha"], 1, lang),
                _fmt(100 * by[("class", -1)]["share_of_land"], 2, lang), _fmt(admin["degraded_baseline_ha"], 1, lang),
                _fmt(admin["area_under_restoration_ha"], 1, lang), _fmt(admin["inside_degraded_ha"], 1, lang),
                _fmt(admin["percent_of_baseline"], 2, lang), _fmt(admin["remaining_to_target_ha"], 1, lang)]
        assert lines[zone].split()[-8:] == want, zone
    methods = _page(pages, "t2monitor:sdg1531")
    assert "2020" in methods and "2030" in methods and "t2monitor:areaunderrestoration" in methods


def _images_on_page(path, page):
    import subprocess
    out = subprocess.run(["pdfimages", "-list", "-f", str(page), "-l", str(page), path], capture_output=True,
                         text=True, check=True).stdout
    return len(out.strip().splitlines()) - 2  # two header lines


def test_chart_engines_matplotlib_and_fallback(inputs, tmp_path, monkeypatch, t2_provider):
    from t2_monitor_plugin.core import report_chart

    first = _run(_params(inputs, LANGUAGE=1, OUTPUT=str(tmp_path / "mpl.pdf")))
    assert first["CHART_ENGINE"] == "matplotlib"
    monkeypatch.setattr(report_chart, "_matplotlib", lambda: None)
    second = _run(_params(inputs, LANGUAGE=1, OUTPUT=str(tmp_path / "svg.pdf")))
    assert second["CHART_ENGINE"] == "svg"
    sizes = {}
    for name in ("mpl.pdf", "svg.pdf"):
        path = str(tmp_path / name)
        assert "2023 (ha)" in pdf_pages(path)[4]
        # the chart is embedded as vector graphics: the headline page holds no raster image
        assert _images_on_page(path, 5) == 0, name
        assert _images_on_page(path, 2) > 0  # (while the map page does: the check sees images)
        sizes[name] = os.path.getsize(path)
    assert sizes["mpl.pdf"] != sizes["svg.pdf"]  # two different drawings


def test_same_inputs_give_the_same_file(inputs, tmp_path, t2_provider):
    a = _run(_params(inputs, OUTPUT=str(tmp_path / "a.pdf"), LANGUAGE=1))["OUTPUT"]
    b = _run(_params(inputs, OUTPUT=str(tmp_path / "b.pdf"), LANGUAGE=1))["OUTPUT"]
    with open(a, "rb") as fa, open(b, "rb") as fb:
        assert fa.read() == fb.read()


def test_custom_template_with_a_moved_item_is_honoured(inputs, tmp_path, t2_provider):
    from t2_monitor_plugin.algorithms.export.report_layout import DEFAULT_TEMPLATE

    moved = move_item(DEFAULT_TEMPLATE, str(tmp_path / "moved.qpt"), "headline_table", dy_mm=40.0)
    ys = {}
    for name, template in (("default", ""), ("moved", moved)):
        out = str(tmp_path / f"{name}.pdf")
        _run(_params(inputs, OUTPUT=out, LANGUAGE=1, TEMPLATE_FILE=template))
        ys[name] = [y for page, word, _x, y in word_boxes(out) if page == 5 and word == "Indicator"][0]
    assert ys["moved"] - ys["default"] == pytest.approx(40.0 / 25.4 * 72, abs=1.0)  # 40 mm in points


def test_template_without_required_items_is_refused(inputs, tmp_path, t2_provider):
    from qgis.core import QgsProcessingException

    from t2_monitor_plugin.algorithms.export.report_layout import DEFAULT_TEMPLATE
    with open(DEFAULT_TEMPLATE, encoding="utf-8") as fh:
        text = fh.read()
    bad = tmp_path / "bad.qpt"
    bad.write_text(text.replace('id="zone_table"', 'id="my_table"').replace('id="legend_sdg"', 'id="x"'),
                   encoding="utf-8")
    out = tmp_path / "r.pdf"
    with pytest.raises(QgsProcessingException, match="lacks the items legend_sdg, zone_table"):
        _run(_params(inputs, OUTPUT=str(out), TEMPLATE_FILE=str(bad)))
    assert os.listdir(tmp_path) == ["bad.qpt"]


def test_unwritable_path_is_refused_before_any_work(inputs, tmp_path, t2_provider):
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(QgsProcessingException, match="cannot be created"):
        _run(_params(inputs, OUTPUT=str(blocker / "r.pdf"), ATLAS=True))
    assert time.perf_counter() - started < 2.0  # refused before the layout is built
    assert sorted(os.listdir(tmp_path)) == ["a_file"]


def test_cancelled_run_leaves_no_partial_pdf(inputs, tmp_path, t2_provider):
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelAfterTwoPages(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.polls = 0

        def isCanceled(self):  # noqa: N802
            self.polls += 1
            return self.polls > 2

    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run(ALG, _params(inputs, OUTPUT=str(tmp_path / "r.pdf")), feedback=CancelAfterTwoPages())
    assert os.listdir(tmp_path) == []


def test_atlas_adds_one_page_per_zone(inputs, tmp_path, t2_provider):
    out = str(tmp_path / "atlas.pdf")
    res = _run(_params(inputs, OUTPUT=out, ATLAS=True, LANGUAGE=2))
    pages = pdf_pages(out)
    summary = _rows(inputs["SDG_SUMMARY"])
    zones = sorted({r["zone"] for r in summary if r["level"] == "zone"})
    assert res["PAGE_COUNT"] == len(pages) == 7 + len(zones)
    atlas = pages[-len(zones):]  # the atlas page is the template's last
    assert sorted(p.strip().splitlines()[0].strip() for p in atlas) == zones
    for page in atlas:
        zone = page.strip().splitlines()[0].strip()
        deg = [r for r in summary if r["zone"] == zone and r["kind"] == "class" and r["class"] == -1][0]
        assert _fmt(deg["area_ha"], 1, "es") in page, zone


def test_optional_maps_and_bad_inputs(inputs, tmp_path, t2_provider):
    from qgis.core import QgsProcessingException

    params = _params(inputs, OUTPUT=str(tmp_path / "r.pdf"))
    del params["STATUS_MAP"], params["PRIORITY_MAP"]
    assert _run(params)["PAGE_COUNT"] == 5  # the two map pages are left out
    with pytest.raises(QgsProcessingException, match="has no field"):
        _run({**params, "AREA_TABLE": inputs["SDG_SUMMARY"]})
    with pytest.raises(QgsProcessingException, match="atlas needs a zones layer"):
        _run({**{k: v for k, v in params.items() if k not in ("ZONES", "ZONE_FIELD")}, "ATLAS": True})
    with pytest.raises(QgsProcessingException):
        _run({**params, "SDG_MAP": str(tmp_path / "nothing.tif")})
    assert not os.path.exists(tmp_path / "r.pdf.part")


def test_runs_through_qgis_process(inputs, tmp_path, qgis_process_env):
    out = str(tmp_path / "qp.pdf")
    started = time.perf_counter()
    doc = run_json(qgis_process_env, ALG, _params(inputs, OUTPUT=out, LANGUAGE=2, ATLAS=True))
    assert time.perf_counter() - started < 30
    results = doc["results"]
    assert results["PAGE_COUNT"] == 11 and results["CHART_ENGINE"] in ("matplotlib", "svg")
    assert "Degradado" in pdf_pages(out)[1]
    (tmp_path / "f").write_text("", encoding="utf-8")
    failed = run_failing(qgis_process_env, ALG, _params(inputs, OUTPUT=str(tmp_path / "f" / "x.pdf")))
    assert "x.pdf" in failed


def test_long_methods_text_goes_on_over_pages(inputs, tmp_path, t2_provider):
    import json

    runs = [{"algorithm": f"t2monitor:step{n}", "inputs": {"INPUT": f"/data/layer_{n}.tif", "THRESHOLD_PCT": n,
                                                          "OUTPUT": f"/data/out_{n}.tif"}} for n in range(1, 121)]
    path = tmp_path / "runs.json"
    path.write_text(json.dumps(runs), encoding="utf-8")
    out = str(tmp_path / "long.pdf")
    res = _run(_params(inputs, OUTPUT=out, METHODS_FILE=str(path), LANGUAGE=1))
    pages = pdf_pages(out)
    methods = [p for p in pages if "Methods and data" in p]
    assert len(methods) >= 2 and res["PAGE_COUNT"] == 6 + len(methods)
    text = "\n".join(methods)
    for n in (1, 60, 120):  # every run is printed once, none cut off at a page end
        assert text.count(f"{n}. t2monitor:step{n}:") == 1, n
        assert f"out_{n}.tif" in text
    assert "This report" in methods[-1]


def test_runs_as_a_step_of_a_model(inputs, tmp_path, t2_provider):
    """A model whose report step takes the SDG map from a model input and writes the PDF as the model's output."""
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProject,
    )

    model = QgsProcessingModelAlgorithm("report model", "tests")
    model.addModelParameter(QgsProcessingParameterRasterLayer("sdg", "SDG map"), QgsProcessingModelParameter("sdg"))
    child = QgsProcessingModelChildAlgorithm(ALG)
    child.setChildId("report")
    params = _params(inputs)
    params.pop("OUTPUT", None)
    for key, value in params.items():
        if key != "SDG_MAP":
            child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    child.addParameterSources("SDG_MAP", [QgsProcessingModelChildParameterSource.fromModelParameter("sdg")])
    out = QgsProcessingModelOutput("report_pdf")
    out.setChildOutputName("OUTPUT")
    child.setModelOutputs({"report_pdf": out})
    model.addChildAlgorithm(child)
    ok, errors = model.validate()
    assert ok, errors
    pdf = str(tmp_path / "model_report.pdf")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(model, {"sdg": inputs["SDG_MAP"], "report:report_pdf": pdf}, context=context,
                             feedback=QgsProcessingFeedback())
    assert results["report:report_pdf"] == pdf and os.path.getsize(pdf) > 10000
    assert "Región de muestra" in pdf_pages(pdf)[0]
