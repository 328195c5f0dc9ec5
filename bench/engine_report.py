"""Markdown tables and ratios for bench_engine.py results (kept apart from the measuring code)."""
from __future__ import annotations

IMPLEMENTATIONS = ["engine", "baseline", "baseline_mt", "rastercalc", "engine_zlevel6", "engine_uncompressed"]
ENGINE_VARIANT_LABELS = {"engine_zlevel6": "engine, output DEFLATE default level 6 (patched)",
                         "engine_uncompressed": "engine, uncompressed output (patched)"}


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _net_is_noise(r: dict) -> bool:
    """True when the rastercalc time net of start-up is too small to mean anything (start-up varies by ~0.2 s)."""
    return r["wall"] - r["startup_seconds"] < max(0.5, 0.3 * r["startup_seconds"])


def size_table(entry: dict) -> str:
    mpx = entry["megapixels"]
    rows = ["| implementation | seconds | Mpx/s | CPU s | peak RSS MB | process wall s | load | output | verified |",
            "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    impl = entry["implementations"]
    for name in IMPLEMENTATIONS:
        if name not in impl:
            continue
        r = impl[name]
        v = r["verify"]
        out = f"{v['output_dtype']} {v['output_compression']} {v['output_mb']:,.0f} MB"
        check = "yes" if v["ok"] else "**NO**"
        check += f" ({v['pixels_checked']:,} px, {v['nodata_pixels_checked']:,} nodata)"
        if name == "rastercalc":
            rows.append(f"| rastercalc, whole qgis_process call | {_fmt(r['wall'], 2)} | {_fmt(mpx / r['wall'])} | "
                        f"{_fmt(r['cpu'])} | {_fmt(r['peak_rss_mb'], 0)} | {_fmt(r['wall'], 2)} | "
                        f"{r['load_before']:.1f} | {out} | {check} |")
            if _net_is_noise(r):
                rows.append(f"| rastercalc, net of start-up ({r['startup_seconds']:.2f} s) | within start-up noise "
                            "| — | | | | | | |")
            else:
                rows.append(f"| rastercalc, net of start-up ({r['startup_seconds']:.2f} s) | {_fmt(r['seconds'], 2)} | "
                            f"{_fmt(mpx / r['seconds'])} | {_fmt(r['cpu_net'])} | | | | | |")
        else:
            if name == "engine":
                label = f"engine ({r['threads']} threads, blocks {r['block_shape'][0]}x{r['block_shape'][1]})"
            elif name in ENGINE_VARIANT_LABELS:
                label = ENGINE_VARIANT_LABELS[name]
            elif name == "baseline":
                label = "baseline GDAL+numpy, 1 thread"
            else:
                label = "baseline + NUM_THREADS=ALL_CPUS"
            rows.append(f"| {label} | {_fmt(r['seconds'], 2)} | {_fmt(mpx / r['seconds'])} | {_fmt(r['cpu'])} | "
                        f"{_fmt(r['peak_rss_mb'], 0)} | {_fmt(r['wall'], 2)} | {r['load_before']:.1f} | {out} | "
                        f"{check} |")
    ratios = entry.get("ratios", {})
    lines = [f"### {entry['size']} x {entry['size']} ({mpx:,.0f} Mpx), input {entry['input_mb']:,.0f} MB", "",
             *rows, ""]
    if ratios:
        lines.append("Throughput ratios (higher = engine faster): "
                     + ", ".join(f"{k} **{v:.2f}x**" for k, v in ratios.items()))
        lines.append("")
    return "\n".join(lines)


def flatness_table(results: dict) -> str:
    rows = ["| size | Mpx | engine peak RSS MB | engine s | baseline peak RSS MB | measured |",
            "|---|---:|---:|---:|---:|---|"]
    for key in sorted(results["sizes"], key=int):
        e = results["sizes"][key]
        impl = e["implementations"]
        eng = impl.get("engine", {})
        base = impl.get("baseline", {})
        rows.append(f"| {key} x {key} | {e['megapixels']:,.0f} | {_fmt(eng.get('peak_rss_mb'), 0)} | "
                    f"{_fmt(eng.get('seconds'), 1)} | {_fmt(base.get('peak_rss_mb'), 0)} | {e['measured_at']} |")
    return "\n".join(rows)


def ratios(impl: dict) -> dict:
    out = {}
    eng = impl.get("engine")
    if not eng:
        return out
    for name, key, label in (("baseline", "seconds", "engine/baseline"),
                             ("baseline_mt", "seconds", "engine/baseline_mt"),
                             ("rastercalc", "wall", "engine/rastercalc (whole call)"),
                             ("rastercalc", "seconds", "engine/rastercalc (net of start-up)")):
        if name in impl and not (name == "rastercalc" and key == "seconds" and _net_is_noise(impl[name])):
            out[label] = impl[name][key] / eng["seconds"]
    return out
