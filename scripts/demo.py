"""Run the T2 Monitor workflow headless with qgis_process on the sample region and print the headline numbers.

Usage: python3 scripts/demo.py --sample build/sample --out demo_output
(``make demo`` builds the plugin, generates the sample region and runs this with QGIS_PLUGINPATH set.)
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNCCD = {1: "Tree-covered", 2: "Grassland", 3: "Cropland", 4: "Wetland", 5: "Artificial", 6: "Other land",
         7: "Water body"}


def qgis_process(*args: str) -> dict:
    """Run qgis_process with JSON output; stop the demo with its message when it fails."""
    cmd = ["qgis_process", "--json", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"qgis_process failed ({proc.returncode}): {' '.join(args[:2])}")
    out = proc.stdout
    return json.loads(out[out.index("{"):])


RUNS: list[dict] = []  # every run of the demo (algorithm id and values), for the methods page of the report


def run_alg(alg: str, extra: list[str] | None = None, **params) -> dict:
    """Run one algorithm; ``extra`` adds raw KEY=value arguments (repeated keys give multiple-layer inputs)."""
    args = ["run", alg, "--"] + [f"{k}={v}" for k, v in params.items()] + (extra or [])
    started = time.perf_counter()
    result = qgis_process(*args)["results"]
    inputs = dict(params)
    for item in extra or []:
        key, _, value = item.partition("=")
        previous = inputs.get(key)
        inputs[key] = value if previous is None else (previous if isinstance(previous, list) else [previous]) + [value]
    RUNS.append({"algorithm": alg if ":" in alg else os.path.basename(alg), "inputs": inputs})
    print(f"  {alg} done in {time.perf_counter() - started:.1f} s")
    return result


def read_csv(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def class_areas_step(sample: str, out: str) -> None:
    print("Land cover areas per district (t2monitor:classareas)")
    districts = f"{sample}/sample.gpkg|layername=districts"
    totals = {}
    for year in (2000, 2015, 2023):
        table = os.path.join(out, f"landcover_{year}_areas.csv")
        result = run_alg("t2monitor:classareas", INPUT=f"{sample}/landcover_{year}.tif", BAND=1, ZONES=districts,
                         ZONE_FIELD="name", OUTPUT=table,
                         OUTPUT_FILE=os.path.join(out, f"landcover_{year}_areas.xlsx"))
        rows = read_csv(table)
        totals[year] = {int(r["class"]): float(r["area_ha"]) for r in rows if r["zone"] == "(all)" and r["class"]}
        totals[year]["valid"] = float(result["VALID_HA"])
        totals[year]["nodata"] = float(result["NODATA_HA"])
    print()
    print(f"  {'class':<14}" + "".join(f"{y:>12}" for y in totals) + "   (ha)")
    for code, label in UNCCD.items():
        print(f"  {label:<14}" + "".join(f"{totals[y].get(code, 0.0):>12,.1f}" for y in totals))
    print(f"  {'valid total':<14}" + "".join(f"{totals[y]['valid']:>12,.1f}" for y in totals))
    print(f"  {'nodata':<14}" + "".join(f"{totals[y]['nodata']:>12,.1f}" for y in totals))
    tree_loss = totals[2000].get(1, 0) - totals[2023].get(1, 0)
    print(f"\n  Headline: tree cover {totals[2000].get(1, 0):,.0f} ha (2000) -> {totals[2023].get(1, 0):,.0f} ha "
          f"(2023), net loss {tree_loss:,.0f} ha ({100 * tree_loss / totals[2000].get(1, 1):.1f} %).")
    rows = read_csv(os.path.join(out, "landcover_2023_areas.csv"))
    print("\n  Tree cover share per district, 2023:")
    for r in rows:
        if r["level"] == "zone" and r["class"] == "1":
            print(f"    {r['zone']:<22}{float(r['area_ha']):>10,.1f} ha  {100 * float(r['share']):5.1f} %")


PERIODS = {  # name: (initial land cover, final land cover, first and last NDVI year)
    "baseline": (2000, 2015, 2001, 2015),
    "report_1": (2015, 2023, 2009, 2023),
}


def subindicators_step(sample: str, out: str) -> dict:
    """Land-cover and SOC sub-indicators of SDG 15.3.1 for the baseline and the reporting period."""
    print("\nSDG 15.3.1 sub-indicators: land cover and soil organic carbon")
    layers = {}
    soc = f"{sample}/soc_2000.tif"
    for period, (y0, y1, _, _) in PERIODS.items():
        lc = run_alg("t2monitor:landcoverdegradation", INITIAL=f"{sample}/landcover_{y0}.tif",
                     FINAL=f"{sample}/landcover_{y1}.tif", OUTPUT=f"{out}/lc_degradation_{period}.tif",
                     TRANSITIONS=f"{out}/lc_transitions_{period}.tif",
                     TRANSITION_AREAS=f"{out}/lc_transition_areas_{period}.csv")
        modelled = f"{out}/soc_modelled_{y1}.tif"
        sc = run_alg("t2monitor:soilcarbondegradation", MODE=1, SOC_INITIAL=soc,
                     LC_INITIAL=f"{sample}/landcover_{y0}.tif", LC_FINAL=f"{sample}/landcover_{y1}.tif",
                     CLIMATE=f"{sample}/climate_zone.tif", OUTPUT=f"{out}/soc_degradation_{period}.tif",
                     CHANGE=f"{out}/soc_change_{period}.tif", SOC_MODELLED=modelled)
        soc = modelled  # the next period starts from the stock modelled at the end of this one
        layers[period] = {"lc": lc["OUTPUT"], "soc": sc["OUTPUT"]}
        print(f"    {period} ({y0}-{y1}): land cover degraded {float(lc['DEGRADED_HA']):,.0f} ha, improved "
              f"{float(lc['IMPROVED_HA']):,.0f} ha; SOC degraded {float(sc['DEGRADED_HA']):,.0f} ha")
    return layers


def sdg_step(sample: str, out: str, layers: dict) -> None:
    """Land productivity, the SDG 15.3.1 layer of each period, and the status of the reporting period."""
    print("\nSDG 15.3.1: land productivity (offline), one out all out, status")
    districts = f"{sample}/sample.gpkg|layername=districts"
    sdg = {}
    for period, (_, y1, first, last) in PERIODS.items():
        lpd = run_alg("t2monitor:landproductivity", INPUT=f"{sample}/ndvi_2001_2023.tif", FIRST_YEAR=2001,
                      START_YEAR=first, END_YEAR=last, LAND_UNITS=f"{sample}/land_units.tif",
                      OUTPUT=f"{out}/lpd_{period}.tif")["OUTPUT"]
        res = run_alg("t2monitor:sdg1531", PRODUCTIVITY=lpd, PRODUCTIVITY_CLASSES=0, LAND_COVER=layers[period]["lc"],
                      SOC=layers[period]["soc"], WATER_LAND_COVER=f"{sample}/landcover_{y1}.tif", ZONES=districts,
                      ZONE_FIELD="name", PERIOD=period, OUTPUT=f"{out}/sdg1531_{period}.tif",
                      SUMMARY=f"{out}/sdg1531_summary_{period}.gpkg",
                      SUMMARY_FILE=f"{out}/sdg1531_summary_{period}.csv")
        sdg[period] = res["OUTPUT"]
        print(f"    {period} (productivity {first}-{last}): degraded {float(res['DEGRADED_HA']):,.0f} ha of "
              f"{float(res['TOTAL_LAND_HA']):,.0f} ha of land = {100 * float(res['PROPORTION_DEGRADED']):.1f} % "
              f"(2.CT.1)")
        for row in read_csv(f"{out}/sdg1531_summary_{period}.csv"):
            if row["level"] == "zone" and row["kind"] == "class" and row["class"] == "-1":
                print(f"      {row['zone']:<22}{100 * float(row['share_of_land']):5.1f} % degraded")
    status_csv = f"{out}/degradation_status_report_1.csv"
    run_alg("t2monitor:degradationstatus", BASELINE=sdg["baseline"], REPORTING=sdg["report_1"], ZONES=districts,
            ZONE_FIELD="name", OUTPUT=f"{out}/degradation_status_report_1.tif",
            AREAS=f"{out}/degradation_status_report_1.gpkg", AREAS_FILE=status_csv)
    print("    Status of report_1 against the baseline (whole region):")
    for row in read_csv(status_csv):
        if row["level"] == "total" and row["group"] in ("status", "collapsed"):
            print(f"      {row['group']:<10}{row['class_label']:<34}{float(row['area_ha']):>10,.0f} ha")


def ldn_step(sample: str, out: str) -> None:
    """LDN neutrality like for like: the balance of the first reporting period per land type (land cover 2015)."""
    print("\nLand Degradation Neutrality per land type (t2monitor:ldnbalance)")
    districts = f"{sample}/sample.gpkg|layername=districts"
    table = f"{out}/ldn_balance.csv"
    res = run_alg("t2monitor:ldnbalance", BASELINE=f"{out}/sdg1531_baseline.tif",
                  REPORTING=f"{out}/sdg1531_report_1.tif", PERIOD_LABELS="report_1", PERIOD_END_YEARS="2023",
                  LAND_COVER=f"{sample}/landcover_2015.tif", ZONES=districts, ZONE_FIELD="name",
                  BALANCE=f"{out}/ldn_balance.gpkg", BALANCE_FILE=table,
                  COUNTERBALANCE=f"{out}/ldn_counterbalance.gpkg",
                  COUNTERBALANCE_FILE=f"{out}/ldn_counterbalance.xlsx", PERIOD_STATUS=f"{out}/ldn_periods.gpkg",
                  PERIOD_STATUS_FILE=f"{out}/ldn_periods.csv", DEFICIT=f"{out}/ldn_deficit.tif",
                  CHART=f"{out}/ldn_periods.svg")
    print("    report_1 against the baseline, whole region (ha):")
    print(f"      {'land type':<16}{'area':>10}{'degraded':>10}{'stable':>10}{'improved':>10}{'net':>10}"
          f"{'net %':>8}  neutrality")
    for row in read_csv(table):
        if row["zone"] != "(all)" or row["comparison"] != "vs_baseline" or row["land_type_label"] == "nodata":
            continue
        met = "met" if row["neutrality_met"] == "1" else "NOT met"
        print(f"      {row['land_type_label']:<16}{float(row['land_type_ha']):>10,.0f}"
              f"{float(row['degraded_ha']):>10,.0f}{float(row['stable_ha']):>10,.0f}"
              f"{float(row['improved_ha']):>10,.0f}{float(row['net_ha']):>+10,.0f}{float(row['net_pct']):>+8.1f}  "
              f"{met}")
    print(f"    pooled net balance {float(res['NET_HA']):+,.0f} ha; like-for-like deficit "
          f"{float(res['DEFICIT_HA']):,.0f} ha in {int(float(res['DEFICIT_LAND_TYPES_COUNT']))} land type(s) "
          f"-> neutrality {'met' if float(res['NEUTRALITY_MET']) else 'NOT met'}")


SEVERITY_RULES = """criterion,type,rule,weight
1,preset,vegetation_loss,1
2,preset,fragmentation,1
3,preset,lpd_5class,2
"""


def national_criteria_step(sample: str, out: str) -> None:
    """Peru-style national criteria: cover loss, fragmentation and productivity scored into severity, compared with
    the SDG 15.3.1 map."""
    print("\nNational degradation criteria and agreement with SDG 15.3.1")
    districts = f"{sample}/sample.gpkg|layername=districts"
    loss = run_alg("t2monitor:vegetationcoverloss", MODE=0, INITIAL=f"{sample}/landcover_2015.tif",
                   FINAL=f"{sample}/landcover_2023.tif", NATURAL_CODES="1,2,4", MIN_PATCH=3,
                   LOSS=f"{out}/vegetation_loss_2015_2023.tif", AREAS=f"{out}/vegetation_loss_areas.csv")
    frag = run_alg("t2monitor:forestfragmentation", INPUT=f"{sample}/landcover_2023.tif", INPUT_TYPE=1,
                   FOREST_CODES="1", WINDOW_PIXELS=7, OUTPUT=f"{out}/forest_fragmentation_2023.tif")
    rules = os.path.join(out, "severity_rules.csv")
    with open(rules, "w", encoding="utf-8") as fh:
        fh.write(SEVERITY_RULES)
    areas = f"{out}/severity_areas.csv"
    sev = run_alg("t2monitor:degradationseverity", CRITERIA=loss["LOSS"], RULES_FILE=rules, ZONES=districts,
                  ZONE_FIELD="name", OUTPUT=f"{out}/severity_national.tif", AREAS=areas,
                  extra=[f"CRITERIA={frag['OUTPUT']}", f"CRITERIA={out}/lpd_report_1.tif"])
    print(f"    vegetation cover loss 2015-2023: {float(loss['LOSS_HA']):,.0f} ha; severity (loss, fragmentation, "
          f"productivity x2):")
    for row in read_csv(areas):
        if row["level"] == "total" and row["category"]:
            print(f"      {row['category_label']:<24}{float(row['area_ha']):>10,.0f} ha")
    agree = run_alg("t2monitor:mapagreement", MAP_A=f"{out}/sdg1531_report_1.tif", MAP_B=sev["OUTPUT"],
                    CORRESPONDENCE_TABLE="-1,2,-1,3,0,0,0,1,1,0,1,1", OUTPUT=f"{out}/agreement_sdg_vs_national.tif",
                    CROSSTAB=f"{out}/agreement_crosstab.csv", SUMMARY=f"{out}/agreement_summary.csv")
    print(f"    agreement SDG 15.3.1 (report_1) vs national severity (degraded = moderate or severe): overall "
          f"{100 * float(agree['OVERALL_AGREEMENT']):.1f} %, Cohen's kappa {float(agree['KAPPA']):.3f}")


def target2_step(sample: str, out: str, estimates: str | None = None) -> None:
    """GBF Target 2: area under restoration (2.1) against the degraded baseline, progress to 2030, effectiveness."""
    print("\nGBF Target 2 indicators")
    gpkg = f"{sample}/sample.gpkg"
    sites = dict(SITES=f"{gpkg}|layername=restoration_sites", SITE_ID_FIELD="site_id",
                 START_YEAR_FIELD="start_year", END_YEAR_FIELD="end_year", STATUS_FIELD="status")
    baseline = dict(DEGRADED_RASTER=f"{out}/sdg1531_baseline.tif", DEGRADED_CODES="-1", TARGET_PCT=30)
    table = f"{out}/area_under_restoration_2023.csv"
    res = run_alg("t2monitor:areaunderrestoration", **sites, **baseline, ACTIVITY_FIELD="activities",
                  RESTORATION_TYPE_FIELD="restoration_type", REPORTING_YEAR=2023,
                  ZONES_ADMIN=f"{gpkg}|layername=districts", ZONES_ADMIN_FIELD="name",
                  ZONES_PA=f"{gpkg}|layername=protected_areas", ZONES_PA_FIELD="category",
                  ZONES_IT=f"{gpkg}|layername=indigenous_territories", ZONES_IT_FIELD="name",
                  OUTPUT=f"{out}/area_under_restoration_2023_table.gpkg", OUTPUT_FILE=table,
                  AREAS=f"{out}/area_under_restoration_2023.gpkg",
                  VALIDATION=f"{out}/restoration_sites_validation.csv",
                  **({"ESTIMATES_TABLE": estimates} if estimates else {}))
    print(f"    2.1 area under restoration in 2023: {float(res['AREA_UNDER_RESTORATION_HA']):,.1f} ha (overlaps "
          f"counted once), of which {float(res['INSIDE_DEGRADED_HA']):,.1f} ha inside the degraded baseline of "
          f"{float(res['DEGRADED_BASELINE_HA']):,.0f} ha = {float(res['PERCENT_OF_BASELINE']):.2f} % "
          f"(target 30 %: {float(res['REMAINING_TO_TARGET_HA']):,.0f} ha still needed)")
    if estimates:
        print(f"    with the sample-based baseline {float(res['ESTIMATED_BASELINE_HA']):,.0f} ± "
              f"{float(res['ESTIMATED_BASELINE_CI95_HA']):,.0f} ha: {float(res['PERCENT_OF_ESTIMATED_BASELINE']):.2f} "
              f"% of the estimated degraded baseline is under restoration")
    for row in read_csv(table):
        if row["disaggregation"] != "total" and float(row["area_under_restoration_ha"]) > 0:
            print(f"      {row['disaggregation']:<22}{row['value'][:28]:<30}"
                  f"{float(row['area_under_restoration_ha']):>9,.1f} ha")
    problems = [r for r in read_csv(f"{out}/restoration_sites_validation.csv") if r["level"] != "ok"]
    for r in problems:
        print(f"      validation: {r['site']} {r['level']}: {r['reason']}")
    chart = f"{out}/restoration_progress.svg"
    run_alg("t2monitor:restorationprogress", **sites, **baseline, BASELINE_YEAR=2020, END_YEAR=2030,
            OUTPUT=f"{out}/restoration_progress.csv", CHART=chart,
            VALIDATION=f"{out}/restoration_progress_validation.csv")
    print(f"    progress towards 2030 written to {chart}")
    eff = f"{out}/restoration_effectiveness.csv"
    run_alg("t2monitor:restorationeffectiveness", INPUT=f"{sample}/ndvi_2001_2023.tif", FIRST_YEAR=2001,
            **{k: v for k, v in sites.items() if k != "END_YEAR_FIELD"}, LAND_UNITS=f"{sample}/land_units.tif",
            BASELINE=f"{out}/sdg1531_baseline.tif", OUTPUT=f"{out}/restoration_effectiveness.gpkg", EFFECTS=eff)
    counts = {}
    for row in read_csv(eff):
        counts[row["class_label"]] = counts.get(row["class_label"], 0) + 1
    print("    effectiveness (trend change against matched controls): "
          + ", ".join(f"{n} {label}" for label, n in counts.items()))


def priority_step(sample: str, out: str) -> None:
    """ROAM restoration priority: AHP weights, the ROAM model template, land overuse and the LDN response."""
    print("\nRestoration priority (ROAM)")
    gpkg = f"{sample}/sample.gpkg"
    matrix = os.path.join(out, "ahp_matrix.csv")
    with open(matrix, "w", encoding="utf-8") as fh:  # land overuse vs slope vs distance to protected areas
        fh.write(",overuse,slope,distance\noveruse,1,3,5\nslope,1/3,1,3\ndistance,1/5,1/3,1\n")
    ahp = run_alg("t2monitor:ahpweights", MATRIX_FILE=matrix, OUTPUT=f"{out}/ahp_weights.csv")
    print(f"    AHP weights {ahp['WEIGHTS']} (lambda max {float(ahp['LAMBDA_MAX']):.3f}, CR {float(ahp['CR']):.3f}, "
          f"{'consistent' if float(ahp['CONSISTENT']) else 'NOT consistent'})")
    areas = f"{out}/priority_areas_by_district.csv"
    run_alg(os.path.join(ROOT, "resources", "models", "roam_priority.model3"),
            LAND_COVER=f"{sample}/landcover_2023.tif", DEM=f"{sample}/dem.tif",
            CAPABILITY=f"{sample}/land_capability.tif", PROTECTED_AREAS=f"{gpkg}|layername=protected_areas",
            DISTRICTS=f"{gpkg}|layername=districts", DISTRICT_FIELD="name", WEIGHTS=ahp["WEIGHTS"],
            priority=f"{out}/roam_priority.tif", priority_areas=areas, suitability=f"{out}/roam_suitability.tif",
            land_overuse=f"{out}/land_overuse.tif")
    print("    'very high' and 'high' priority per district (ha):")
    rows = [r for r in read_csv(areas) if r["level"] == "zone"]
    for zone in sorted({r["zone"] for r in rows}):
        by = {r["class_label"]: float(r["area_ha"]) for r in rows if r["zone"] == zone}
        print(f"      {zone:<22}very high {by.get('very high', 0):>8,.0f}   high {by.get('high', 0):>8,.0f}")
    run_alg("t2monitor:ldnresponse", DEGRADATION=f"{out}/sdg1531_report_1.tif",
                  LAND_COVER=f"{sample}/landcover_2023.tif", PROTECTION=f"{gpkg}|layername=protected_areas",
                  OUTPUT=f"{out}/ldn_response.tif", AREAS=f"{out}/ldn_response_areas.csv")
    classes = {r["class_label"]: float(r["area_ha"]) for r in read_csv(f"{out}/ldn_response_areas.csv")
               if r["level"] == "total" and r["class"]}
    print("    LDN response: " + ", ".join(f"{k} {v:,.0f} ha" for k, v in classes.items()))


def label_from_truth(sample_gpkg: str, truth_tif: str) -> int:
    """Fill the reference field of the sample points from the sample region's true degradation layer (what a
    technician does with the labelling dialog or Collect Earth); returns the number of points labelled."""
    from osgeo import gdal, ogr

    ds = gdal.Open(truth_tif)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    truth = ds.GetRasterBand(1).ReadAsArray()
    ds = None
    vec = ogr.Open(sample_gpkg, 1)
    layer = vec.GetLayer(0)
    count = 0
    for feat in layer:
        geom = feat.GetGeometryRef()
        col, row = int((geom.GetX() - x0) / dx), int((geom.GetY() - y0) / dy)
        feat.SetField("reference", int(truth[row, col]))
        layer.SetFeature(feat)
        count += 1
    vec = None
    return count


def accuracy_step(sample: str, out: str) -> str | None:
    """Sample design on the SDG 15.3.1 baseline map, labels from the sample region's true degradation layer, and the
    accuracy assessment: the estimated degraded area with its 95 % interval beside the mapped one. Returns the
    estimates table (None with a sample region generated before it had a truth layer)."""
    print("\nAccuracy assessment: sample design on the SDG 15.3.1 baseline map")
    res = run_alg("t2monitor:sampledesign", INPUT=f"{out}/sdg1531_baseline.tif", TARGET_SE_OA=0.015,
                  EXPECTED_UA="-1:0.7,1:0.7", ALLOCATION=2, MIN_PER_STRATUM=75, SEED=2030,
                  OUTPUT=f"{out}/accuracy_sample.gpkg", DESIGN=f"{out}/accuracy_design.csv",
                  COLLECT_EARTH_FILE=f"{out}/accuracy_collect_earth.csv", PLOTS_KML_FILE=f"{out}/accuracy_plots.kml")
    print(f"    {int(float(res['SAMPLE_COUNT']))} points (target SE of overall accuracy 0.015 -> "
          f"{int(float(res['FORMULA_SAMPLE_COUNT']))}; at least 75 per stratum), plots of "
          f"{float(res['PLOT_SIDE_M']):.0f} m -> accuracy_sample.gpkg, accuracy_collect_earth.csv, accuracy_plots.kml")
    for row in read_csv(f"{out}/accuracy_design.csv"):
        print(f"      stratum {row['stratum']:>3}: {float(row['area_ha']):>9,.0f} ha mapped, {row['allocated']:>4} "
              f"points")
    truth = f"{sample}/true_degradation_2000_2015.tif"
    if not os.path.exists(truth):
        print("    the sample region has no true degradation layer (generated by an older version): label the "
              "reference field of accuracy_sample.gpkg, then run t2monitor:accuracyassessment")
        return None
    labelled = label_from_truth(res["OUTPUT"], truth)
    print(f"    {labelled} points labelled from the sample region's true degradation 2000-2015 "
          f"(true_degradation_2000_2015.tif)")
    estimates = f"{out}/accuracy_estimates.gpkg"
    acc = run_alg("t2monitor:accuracyassessment", INPUT=res["OUTPUT"], STRATA=f"{out}/sdg1531_baseline.tif",
                  ESTIMATES=estimates, ESTIMATES_FILE=f"{out}/accuracy_estimates.csv",
                  ERROR_MATRIX=f"{out}/accuracy_error_matrix.gpkg", CHART=f"{out}/accuracy_areas.svg")
    print(f"    overall accuracy {float(acc['OVERALL_ACCURACY']):.3f} ± {float(acc['OVERALL_ACCURACY_CI95']):.3f} "
          f"({acc['METHOD']})")
    print(f"    {'class':<10}{'mapped (ha)':>14}{'estimated (ha)':>17}{'95 % interval (ha)':>26}{'UA':>7}{'PA':>7}")
    for row in read_csv(f"{out}/accuracy_estimates.csv"):
        print(f"    {row['class']:<10}{float(row['mapped_ha']):>14,.0f}{float(row['estimated_ha']):>17,.0f}"
              f"{float(row['lower_ha']):>13,.0f} - {float(row['upper_ha']):>9,.0f}"
              f"{float(row['users_accuracy']):>7.2f}{float(row['producers_accuracy']):>7.2f}")
    true_ha = _true_degraded_ha(truth, f"{out}/sdg1531_baseline.tif")
    print(f"    Headline: degraded land (baseline) {float(acc['ESTIMATED_HA']):,.0f} ± "
          f"{float(acc['ESTIMATED_CI95_HA']):,.0f} ha estimated (95 % interval) vs {float(acc['MAPPED_HA']):,.0f} "
          f"ha mapped; the generator's truth: {true_ha:,.0f} ha")
    return estimates


def _true_degraded_ha(truth_tif: str, map_tif: str) -> float:
    """Area of true degradation over the map's valid pixels (UTM pixels: nominal pixel area)."""
    from osgeo import gdal

    ds_t, ds_m = gdal.Open(truth_tif), gdal.Open(map_tif)
    t, m = ds_t.GetRasterBand(1).ReadAsArray(), ds_m.GetRasterBand(1)
    valid = m.ReadAsArray() != m.GetNoDataValue()
    gt = ds_t.GetGeoTransform()
    return float(((t == -1) & valid).sum() * abs(gt[1] * gt[5]) / 1e4)


def exports_step(sample: str, out: str, estimates: str | None = None) -> None:
    """FERM upload package and API payload, CBD ORT workbook, UNCCD PRAIS tables."""
    print("\nExports")
    ferm = run_alg("t2monitor:exportferm", INPUT=f"{sample}/sample.gpkg|layername=restoration_sites",
                   SITE_NAME_FIELD="site_name", SITE_ID_FIELD="site_id", START_YEAR_FIELD="start_year",
                   ECOSYSTEMS_FIELD="get_biome", ACTIVITIES_FIELD="activities",
                   RESTORATION_TYPE_FIELD="restoration_type", TENURE_FIELD="tenure", ADMIN0_VALUE="PE",
                   TITLE="Restauración del paisaje de la región de muestra", INSTITUTION_ID="INST-PE-SAMPLE",
                   STARTING_YEAR=2012,
                   PROJECT_RESTORATION_TYPES="1,2", CONTACTS="Ana Ñahui <ana.nahui@example.org>",
                   ORGANIZATIONS="Servicio Forestal|Lead implementer|Government|PE", COUNTRIES="PE",
                   OUTPUT=f"{out}/ferm_api_payload.geojson", UPLOAD_PACKAGE=f"{out}/ferm_upload.zip",
                   GEF_TEMPLATE=f"{out}/gef_template.gpkg", VALIDATION=f"{out}/ferm_validation.csv")
    print(f"    FERM: {ferm['SITE_COUNT']} site polygons, {float(ferm['TOTAL_HA']):,.1f} ha (FERM method), "
          f"{ferm['WARNING_COUNT']} warning(s), {ferm['ERROR_COUNT']} error(s) -> ferm_api_payload.geojson, "
          f"ferm_upload.zip, gef_template.gpkg")
    ort = run_alg("t2monitor:exportort", AREA_TABLE=f"{out}/area_under_restoration_2023_table.gpkg",
                  SDG_SUMMARY=f"{out}/sdg1531_summary_baseline.gpkg", OUTPUT=f"{out}/cbd_ort_gbf_2_1.xlsx",
                  OUTPUT_CSV=f"{out}/cbd_ort_gbf_2_1.csv", **({"ESTIMATES_TABLE": estimates} if estimates else {}))
    print(f"    CBD ORT GBF-INDICATOR-2.1 workbook: {ort['ROW_COUNT']} rows -> cbd_ort_gbf_2_1.xlsx"
          + (" (2.CT.1 national row: the sample-based estimate, with its interval in the footnote)" if estimates
             else ""))
    prais = run_alg("t2monitor:exportprais", SUMMARIES=f"{out}/sdg1531_summary_baseline.gpkg",
                    PERIOD_NAMES="baseline,report_1", STATUS=f"{out}/degradation_status_report_1.gpkg",
                    OUTPUT=f"{out}/unccd_prais_so1.xlsx", OUTPUT_CSV=f"{out}/unccd_prais_so1.csv",
                    extra=[f"SUMMARIES={out}/sdg1531_summary_report_1.gpkg"],
                    **({"ESTIMATES_TABLE": estimates, "ESTIMATE_PERIOD": "baseline"} if estimates else {}))
    print(f"    UNCCD PRAIS SO1 tables -> unccd_prais_so1.xlsx (proportion degraded in the last period "
          f"{float(prais['PROPORTION_DEGRADED_LAST']):.1f} %)")


def report_step(sample: str, out: str) -> None:
    """The national report as a PDF in English and Spanish (t2monitor:restorationreport), from the outputs above."""
    print("\nNational restoration report (PDF)")
    runs = os.path.join(out, "workflow_runs.json")
    with open(runs, "w", encoding="utf-8") as fh:
        json.dump(RUNS, fh, ensure_ascii=False, indent=1)
    common = dict(SDG_MAP=f"{out}/sdg1531_report_1.tif", SDG_SUMMARY=f"{out}/sdg1531_summary_report_1.gpkg",
                  AREA_TABLE=f"{out}/area_under_restoration_2023_table.gpkg",
                  PROGRESS_TABLE=f"{out}/restoration_progress.csv",
                  STATUS_MAP=f"{out}/degradation_status_report_1.tif", PRIORITY_MAP=f"{out}/roam_priority.tif",
                  ZONES=f"{sample}/sample.gpkg|layername=districts", ZONE_FIELD="name", ATLAS="true",
                  COUNTRY="Región de muestra (sample region)", REPORTING_PERIOD="2016-2023",
                  DATA_SOURCES="Synthetic sample region of T2 Monitor (land cover 2000/2015/2023, NDVI 2001-2023, "
                               "SOC 2000, restoration sites)", METHODS_FILE=runs)
    for lang, choice in (("en", 1), ("es", 2)):
        started = time.perf_counter()
        res = run_alg("t2monitor:restorationreport", **common, LANGUAGE=choice, OUTPUT=f"{out}/report_{lang}.pdf")
        print(f"    report_{lang}.pdf: {int(float(res['PAGE_COUNT']))} pages, chart by {res['CHART_ENGINE']}, "
              f"{time.perf_counter() - started:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", required=True, help="folder of the generated sample region")
    parser.add_argument("--out", default="demo_output", help="folder for the outputs")
    args = parser.parse_args()
    sample, out = os.path.abspath(args.sample), os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    subprocess.run(["qgis_process", "plugins", "enable", "t2_monitor_plugin"], capture_output=True, check=False)
    print(f"T2 Monitor demo on the sample region ({sample}); outputs in {out}\n")
    class_areas_step(sample, out)
    layers = subindicators_step(sample, out)
    sdg_step(sample, out, layers)
    ldn_step(sample, out)
    national_criteria_step(sample, out)
    estimates = accuracy_step(sample, out)
    target2_step(sample, out, estimates)
    priority_step(sample, out)
    exports_step(sample, out, estimates)
    report_step(sample, out)
    print(f"\nDone: every output is in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
