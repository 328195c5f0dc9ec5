"""t2monitor:ahpweights — criterion weights and consistency ratio from an AHP pairwise comparison matrix."""
import math
import os

from ...core import ahp
from ...core.errors import InputError, tr_noop
from ...i18n import tr
from .. import spec
from .base import PriorityAlgorithm

FIELDS = [("criterion", "str"), ("weight", "float"), ("rank", "int"), ("geometric_mean_weight", "float")]


class AhpWeightsAlgorithm(PriorityAlgorithm):
    ALG_ID = "ahpweights"
    DISPLAY_NAME = tr_noop("AHP weights (pairwise comparison)")
    TAGS = tr_noop("AHP,analytic hierarchy process,Saaty,pairwise,weights,consistency,ROAM,priority,experts")
    HELP = tr_noop(
        "Criterion weights for the restoration priority overlay from a pairwise comparison matrix (Analytic Hierarchy "
        "Process, Saaty).<br><br>"
        "Each judgement a(i, j) says how much more important the row criterion is than the column criterion on "
        "Saaty's scale 1/9 ... 1 ... 9 (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme importance). Fill "
        "the cells above the diagonal: empty (or 0) cells below it and on the diagonal are filled with reciprocals "
        "and 1. Rounded fractions such as 0.333 are read as 1/3. A matrix CSV file ({MATRIX_FILE}: criterion names as "
        "header, one row per criterion; fractions like 1/3 allowed) takes precedence over {MATRIX_TABLE}; several "
        "experts' files ({EXPERT_FILES}) are combined by the element-wise geometric mean and take precedence over "
        "both.<br><br>"
        "Weights are the normalised principal eigenvector; the geometric-mean weights are reported for comparison. "
        "Consistency: CI = (lambda_max - n)/(n - 1), CR = CI/RI with Saaty's random index (resources/data/"
        "ahp_random_index.csv, n = 1 to 15). CR below 0.10 is acceptable; otherwise a warning names the judgement "
        "that departs most from the ratio the weights imply (|log a(i, j) - log(w(i)/w(j))|), the first one to "
        "revise.<br><br>"
        "The {WEIGHTS} output is the weights in criteria order as a comma-separated string, ready for the WEIGHTS "
        "parameter of the weighted overlay in models.")

    SPEC = (
        spec.string("CRITERIA", tr_noop("Criteria (comma-separated names)"),
                    tr_noop("Names of the criteria in matrix order, separated by commas (e.g. 'slope, erosion, "
                            "distance to forest'). Optional with a matrix file, whose names are then used; if given "
                            "with a file, they must match its names."), optional=True,
                    probe=spec.Probe("overuse, slope, distance")),
        spec.matrix("MATRIX_TABLE", tr_noop("Pairwise comparison matrix"),
                    tr_noop("n x n judgements row by row (n = number of criteria; extra empty columns are ignored). "
                            "Only the cells above the diagonal are needed: empty or 0 cells are filled with "
                            "reciprocals (and 1 on the diagonal). Values 1/9 to 9, fractions such as 1/3 allowed."),
                    lambda: [str(k) for k in range(1, ahp.MAX_CRITERIA + 1)], rows=3, optional=True,
                    aliases=("MATRIX",), probe=spec.Probe([1, 5, 7, 0, 1, 3, 0, 0, 1])),
        spec.file_in("MATRIX_FILE", tr_noop("Matrix CSV file"),
                     tr_noop("CSV with the criterion names as header and one row per criterion (name, then n "
                             "values); takes precedence over the matrix parameter. The 'AHP weights' dialog saves "
                             "this format."), extension="csv", optional=True, probe=spec.Probe("@ahp_matrix_file")),
        spec.layers("EXPERT_FILES", tr_noop("Expert matrix CSV files (group)"),
                    tr_noop("Several experts' matrix CSV files (same criteria, same order; or one string of paths "
                            "separated by ';'), combined by the element-wise geometric mean. Takes precedence over "
                            "the matrix and the matrix file."), layer_type="file", optional=True,
                    probe=spec.Probe(["@ahp_expert_1", "@ahp_expert_2"])),
        spec.table_out("OUTPUT", tr_noop("AHP weights"),
                       tr_noop("Table of criteria with their weight, rank and geometric-mean weight."),
                       tr_noop("AHP weights file (CSV or XLSX)")),
        spec.number_out("LAMBDA_MAX", tr_noop("Principal eigenvalue (lambda max)")),
        spec.number_out("CI", tr_noop("Consistency index (CI)")),
        spec.number_out("CR", tr_noop("Consistency ratio (CR)")),
        spec.number_out("CONSISTENT", tr_noop("Consistent (1 if CR < 0.10, else 0)")),
        spec.string_out("WEIGHTS", tr_noop("Weights (comma-separated, criteria order)")),
    )
    EXAMPLE = {"CRITERIA": "slope, erosion, water", "MATRIX_TABLE": [1, 3, 5, 0, 1, 3, 0, 0, 1]}

    # inputs ----------------------------------------------------------------------------------------------------
    def criteria(self, parameters, context) -> list[str] | None:
        text = self.parameterAsString(parameters, "CRITERIA", context)
        return ahp.parse_names(text, "CRITERIA") if text and text.strip() else None

    def expert_files(self, parameters, context) -> list[str]:
        value = parameters.get("EXPERT_FILES")
        if isinstance(value, str):
            items = [value]
        else:
            items = self.parameterAsFileList(parameters, "EXPERT_FILES", context) if value else []
        return [p.strip() for item in items for p in str(item).split(";") if p.strip()]

    def matrix_values(self, parameters, names: list[str]) -> list[list]:
        """The n x n cells of the matrix parameter (a flat list row by row, n or 15 cells a row)."""
        value = parameters.get("MATRIX_TABLE")
        if isinstance(value, str):
            value = value.split(",")
        flat = []
        for v in value or []:
            flat.extend(v if isinstance(v, (list, tuple)) else [v])
        n = len(names)
        if not any(str(v).strip() for v in flat if v is not None):
            raise InputError(tr_noop("No pairwise judgements were given: fill the matrix ({n} x {n} for {count} "
                                     "criteria) or choose a matrix CSV file."), n=n, count=n)
        for width in (n, ahp.MAX_CRITERIA):
            if len(flat) % width == 0 and len(flat) // width >= n:
                rows = [flat[r * width:(r + 1) * width] for r in range(len(flat) // width)]
                extra = [v for r in rows[n:] for v in r] + [v for r in rows[:n] for v in r[n:]]
                if all(v is None or str(v).strip() in ("", "0") for v in extra):
                    return [r[:n] for r in rows[:n]]
        side = math.sqrt(len(flat))
        raise InputError(tr_noop("{param}: {count} criteria need {n} x {n} = {cells} values, but {found} were "
                                 "given{square}."), param="MATRIX_TABLE", count=n, n=n, cells=n * n, found=len(flat),
                         square=f" ({int(side)} x {int(side)})" if side.is_integer() else "")

    def load(self, parameters, context, feedback):
        names = self.criteria(parameters, context)
        experts = self.expert_files(parameters, context)
        path = self.parameterAsFile(parameters, "MATRIX_FILE", context)
        if experts:
            if path or parameters.get("MATRIX_TABLE"):
                feedback.pushInfo(tr("Expert files given: the matrix and the matrix file are not used."))
            matrices = []
            for file in experts:
                file_names, matrix = ahp.read_matrix_csv(file)
                names = self.check_names(names, file_names, file)
                matrices.append(ahp.validate(matrix, names, os.path.basename(file)))
            feedback.pushInfo(tr("{count} expert matrices combined by geometric mean.").format(count=len(matrices)))
            return names, ahp.group_matrix(matrices), False, tr("group of {count} experts").format(
                count=len(matrices))
        if path:
            file_names, matrix = ahp.read_matrix_csv(path)
            return self.check_names(names, file_names, path), matrix, True, os.path.basename(path)
        if not names:
            raise InputError(tr_noop("{param}: give the criterion names (comma-separated) or a matrix CSV file."),
                             param="CRITERIA")
        return names, ahp.fill_reciprocal(self.matrix_values(parameters, names), names, "MATRIX_TABLE"), True, \
            "MATRIX_TABLE"

    @staticmethod
    def check_names(names, file_names, path):
        if names is None:
            return file_names
        if [n.lower() for n in names] != [n.lower() for n in file_names]:
            raise InputError(tr_noop("The criteria '{given}' do not match the criteria of {path} ('{found}'); leave "
                                     "CRITERIA empty or give the file's names in its order."),
                             given=", ".join(names), path=path, found=", ".join(file_names))
        return names

    # run -------------------------------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        names, matrix, check_scale, source = self.load(parameters, context, feedback)
        result = ahp.analyse(matrix, names, source, check_scale=check_scale)
        feedback.pushInfo(tr("lambda_max = {lam:.4f}, CI = {ci:.4f}, RI = {ri:.2f}, CR = {cr:.4f}.").format(
            lam=result.lambda_max, ci=result.ci, ri=result.ri, cr=result.cr))
        if not result.consistent:
            i, j = result.worst
            feedback.pushWarning(tr(
                "The judgements are not consistent (CR = {cr:.3f}, acceptable below 0.10). The judgement that departs "
                "most is {row} compared with {column}: {given}, while the weights imply {implied:.2f}; revise it "
                "first.").format(cr=result.cr, row=names[i], column=names[j],
                                 given=ahp.scale_label(result.matrix[i, j]), implied=result.implied(i, j)))
        rows = [(name, float(w), rank, float(g)) for name, w, rank, g in
                zip(names, result.weights, result.ranks, result.gm_weights)]
        outputs = self.write_tables(parameters, context, "OUTPUT", "OUTPUT_FILE", FIELDS, rows, "ahp_weights")
        outputs.update({"LAMBDA_MAX": result.lambda_max, "CI": result.ci, "CR": result.cr,
                        "CONSISTENT": 1 if result.consistent else 0, "WEIGHTS": result.weights_string()})
        feedback.pushInfo(tr("Weights ({names}): {weights}").format(names=", ".join(names),
                                                                   weights=outputs["WEIGHTS"]))
        return outputs
