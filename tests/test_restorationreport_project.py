"""t2monitor:restorationreport: the filled layout kept in the project, and the sample-based estimate of the
degraded area in the headline table (read back from the PDF with pdftotext, formatted independently here)."""
import pytest
import test_restorationreport_alg as report_alg
from osgeo import ogr
from report_template import pdf_pages
from test_restorationreport_alg import ALG, _fmt, _page, _params, _rows

inputs = report_alg.inputs  # the workflow outputs the report reads (module fixture, shared)


def _run_in(project, params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(project)
    return processing.run(ALG, params, context=context, feedback=QgsProcessingFeedback())


def _table_text(layout, item_id):
    table = layout.itemById(item_id).multiFrame()
    return [[c.content() for c in row] for row in table.tableContents()]


def test_layout_is_added_to_the_project_filled(inputs, tmp_path, t2_provider):
    from qgis.core import QgsLayoutItemPicture, QgsProject

    project = QgsProject()
    try:
        res = _run_in(project, _params(inputs, LANGUAGE=2, OUTPUT=str(tmp_path / "r.pdf"),
                                       ADD_LAYOUT_TO_PROJECT=True))
        summary = _rows(inputs["SDG_SUMMARY"])
        deg = [r for r in summary if r["level"] == "total" and r["kind"] == "class" and r["class"] == -1][0]
        assert res["LAYOUT_NAME"] == "Informe T2 Monitor 2023 (es)"
        layout = project.layoutManager().layoutByName(res["LAYOUT_NAME"])
        assert layout is not None and len(project.layoutManager().layouts()) == 1
        rows = _table_text(layout, "headline_table")
        assert rows[1][1] == _fmt(deg["area_ha"], 1, "es")  # the degraded area, as in the PDF
        assert layout.itemById("subtitle").text() == "Región de muestra"
        chart = layout.itemById("progress_chart")
        assert isinstance(chart, QgsLayoutItemPicture) and chart.picturePath().startswith("base64:")
        # the maps show the report's styled layers, which are in the project (in a hidden group of that name)
        group = project.layerTreeRoot().findGroup(res["LAYOUT_NAME"])
        assert group is not None and not group.itemVisibilityChecked()
        shown = layout.itemById("map_sdg").layers()
        assert shown and all(project.mapLayer(lay.id()) is not None for lay in shown)
        assert len(group.findLayers()) == 4  # three maps and the zones

        again = _run_in(project, _params(inputs, LANGUAGE=2, OUTPUT=str(tmp_path / "r2.pdf"),
                                         ADD_LAYOUT_TO_PROJECT=True))
        assert again["LAYOUT_NAME"] == "Informe T2 Monitor 2023 (es) 2"

        # saved and read back: the officer's project keeps the filled layout
        path = str(tmp_path / "p.qgz")
        assert project.write(path)
        other = QgsProject()
        try:
            assert other.read(path)
            back = other.layoutManager().layoutByName("Informe T2 Monitor 2023 (es)")
            assert back is not None and _table_text(back, "headline_table")[1][1] == rows[1][1]
            assert [lay.id() for lay in back.itemById("map_sdg").layers()] == [lay.id() for lay in shown]
        finally:
            other.clear()
    finally:
        project.clear()


def test_layout_is_not_added_by_default(inputs, tmp_path, t2_provider):
    from qgis.core import QgsProject

    project = QgsProject()
    try:
        res = _run_in(project, _params(inputs, LANGUAGE=1, OUTPUT=str(tmp_path / "r.pdf")))
        assert res["LAYOUT_NAME"] == "" and project.layoutManager().layouts() == []
        assert project.mapLayers() == {} and project.layerTreeRoot().children() == []
    finally:
        project.clear()


def _headline(out):
    return _page(pdf_pages(out), "2023 (ha)").replace("\ufb01", "fi")  # pdftotext keeps the "fi" ligature


@pytest.mark.parametrize("lang,choice", [("en", 1), ("es", 2)])
def test_estimate_numbers_in_the_headline_table(inputs, tmp_path, lang, choice, t2_provider):
    out = str(tmp_path / f"est_{lang}.pdf")
    est, ci = 12345.64, 1234.52
    import processing
    processing.run(ALG, _params(inputs, LANGUAGE=choice, OUTPUT=out, ESTIMATED_DEGRADED_HA=est, ESTIMATED_CI95_HA=ci))
    head = _headline(out)
    lines = [ln for ln in head.splitlines() if ln.strip()]
    row = [ln for ln in lines if ln.rstrip().endswith(_fmt(ci, 1, lang))]
    assert len(row) == 1 and f"{_fmt(est, 1, lang)} ± {_fmt(ci, 1, lang)}" in row[0]
    assert f"{_fmt(est - ci, 1, lang)} – {_fmt(est + ci, 1, lang)}" in head
    # the estimate row follows the mapped degraded area
    summary = _rows(inputs["SDG_SUMMARY"])
    deg = [r for r in summary if r["level"] == "total" and r["kind"] == "class" and r["class"] == -1][0]
    mapped = [i for i, ln in enumerate(lines) if ln.split()[-1] == _fmt(deg["area_ha"], 1, lang)]
    assert mapped and lines[mapped[0] + 1] == row[0]
    flat = " ".join(head.split())
    assert "Olofsson et al. 2014" in flat and (lang != "en" or "stratified estimator, Olofsson et al. 2014" in flat)
    land = [r for r in summary if r["level"] == "total" and r["kind"] == "total_land"][0]["area_ha"]
    assert f"{_fmt(100 * est / land, 2, lang)} %" in flat  # the estimated share of the land in the footnote
    methods = _page(pdf_pages(out), "t2monitor:sdg1531")
    assert "Olofsson et al. 2014" in " ".join(methods.split())


def test_estimate_from_the_accuracy_table(inputs, tmp_path, t2_provider):
    fx = inputs["_fx"]
    table = fx.get("acc_estimates_table")
    ds = ogr.Open(table)
    layer = ds.GetLayer(0)
    row = [f for f in layer if f.GetField("class") == -1][0]
    est, ci = row.GetField("estimated_ha"), row.GetField("ci95_ha")
    out = str(tmp_path / "table.pdf")
    import processing
    processing.run(ALG, _params(inputs, LANGUAGE=2, OUTPUT=out, ESTIMATES_TABLE=table))
    head = _headline(out)
    assert f"{_fmt(est, 1, 'es')} ± {_fmt(ci, 1, 'es')}" in head
    assert f"{_fmt(max(0.0, est - ci), 1, 'es')} – {_fmt(est + ci, 1, 'es')}" in head


def test_estimate_inputs_are_checked(inputs, tmp_path, t2_provider):
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "r.pdf"
    with pytest.raises(QgsProcessingException, match="without the estimated area"):
        processing.run(ALG, _params(inputs, OUTPUT=str(out), ESTIMATED_CI95_HA=100.0))
    with pytest.raises(QgsProcessingException, match="given twice"):
        processing.run(ALG, _params(inputs, OUTPUT=str(out), ESTIMATED_DEGRADED_HA=100.0, ESTIMATED_CI95_HA=10.0,
                                    ESTIMATES_TABLE=inputs["_fx"].get("acc_estimates_table")))
    assert not out.exists()
