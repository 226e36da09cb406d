"""ahp_weights: criterion weights and consistency from a pairwise comparison matrix (Saaty's AHP)."""

from __future__ import annotations

import logging

from qgis.core import (
    QgsProcessingOutputBoolean,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...core import ahp
from ...core.errors import InputError
from ...core.i18n import tr
from ..base import MigrantAlgorithm

LOG = logging.getLogger("migrant_planning")


class AhpWeights(MigrantAlgorithm):
    """Principal-eigenvector weights, lambda max, CI and CR of a comparison matrix."""

    ID = "ahp_weights"
    GROUP_ID = "suitability"
    MATRIX = "MATRIX"
    CRITERIA_NAMES = "CRITERIA_NAMES"
    MAX_CR = "MAX_CR"
    FAIL_IF_INCONSISTENT = "FAIL_IF_INCONSISTENT"
    OUTPUT = "OUTPUT"
    WEIGHTS = "WEIGHTS"
    CR = "CR"
    CI = "CI"
    LAMBDA_MAX = "LAMBDA_MAX"
    CONSISTENT = "CONSISTENT"

    def displayName(self) -> str:
        return tr("AHP weights (pairwise comparison)")

    def shortHelpString(self) -> str:
        return tr(
            "Analytic Hierarchy Process (Saaty). Each cell a_ij of the matrix says how much more important "
            "criterion i is than criterion j (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme; 1/3 ... "
            "1/9 the reverse). The weights are the principal eigenvector of the matrix, normalised to sum 1; "
            "CI = (lambda max - n)/(n - 1) and CR = CI/RI with Saaty's random index. A CR of 0.10 or more means "
            "the judgements contradict each other: the log names the most inconsistent pair (Saaty's error "
            "a_ij w_j / w_i farthest from 1).\n\n"
            "Input: the matrix as text, rows separated by ';' and values by ',' (fractions allowed), and "
            "optional criterion names. Outputs: the weights as comma-separated text in the same order (ready "
            "for the WEIGHTS parameter of Site suitability), CR, CI, lambda max, whether the matrix is "
            "consistent, and a table criterion, weight, rank."
        )

    def initAlgorithm(self, config=None) -> None:
        matrix = QgsProcessingParameterString(self.MATRIX, tr("Comparison matrix"), multiLine=True)
        matrix.setHelp(tr("Rows separated by ';', values by ','; fractions allowed: '1,3,5;1/3,1,3;1/5,1/3,1'."))
        self.addParameter(matrix)
        names = QgsProcessingParameterString(self.CRITERIA_NAMES, tr("Criterion names"), optional=True)
        names.setHelp(tr("Comma-separated names in the order of the rows; C1, C2 ... when empty."))
        self.addParameter(names)
        max_cr = QgsProcessingParameterNumber(
            self.MAX_CR,
            tr("Maximum consistency ratio"),
            QgsProcessingParameterNumber.Type.Double,
            ahp.DEFAULT_MAX_CR,
            minValue=0.0,
        )
        max_cr.setHelp(tr("Judgements are consistent when CR is below this value (Saaty: 0.10)."))
        self.addParameter(max_cr)
        fail = QgsProcessingParameterBoolean(
            self.FAIL_IF_INCONSISTENT, tr("Stop when the matrix is inconsistent"), defaultValue=False
        )
        fail.setHelp(tr("Stop with an error (useful in models) instead of a warning when CR reaches the maximum."))
        self.addParameter(fail)
        output = QgsProcessingParameterFeatureSink(self.OUTPUT, tr("AHP weights table"), optional=True)
        output.setHelp(tr("Table with criterion, weight and rank (1 = heaviest)."))
        self.addParameter(output)
        self.addOutput(QgsProcessingOutputString(self.WEIGHTS, tr("Weights (comma-separated)")))
        self.addOutput(QgsProcessingOutputNumber(self.CR, tr("Consistency ratio (CR)")))
        self.addOutput(QgsProcessingOutputNumber(self.CI, tr("Consistency index (CI)")))
        self.addOutput(QgsProcessingOutputNumber(self.LAMBDA_MAX, tr("Principal eigenvalue (lambda max)")))
        self.addOutput(QgsProcessingOutputBoolean(self.CONSISTENT, tr("Consistent")))

    def execute(self, parameters, context, feedback) -> dict:
        text = self.parameterAsString(parameters, self.MATRIX, context)
        names_text = self.parameterAsString(parameters, self.CRITERIA_NAMES, context).strip()
        names = [n.strip() for n in names_text.split(",")] if names_text else None
        max_cr = self.parameterAsDouble(parameters, self.MAX_CR, context)
        report = self.progress(feedback, 0.0, 90.0)
        report(0.0)
        result = ahp.ahp_weights(text, names, max_cr)
        report(0.5)
        LOG.info(
            tr("AHP over {n} criteria: weights {weights}; lambda max {lam:.4f}, CI {ci:.4f}, CR {cr:.4f}.").format(
                n=result.n,
                weights=", ".join(f"{c}={w:.4f}" for c, w in zip(result.criteria, result.weights)),
                lam=result.lambda_max,
                ci=result.ci,
                cr=result.cr,
            )
        )
        if not result.consistent:
            message = tr("The consistency ratio {cr:.3f} is not below {max:.2f}. {detail}").format(
                cr=result.cr, max=max_cr, detail=result.inconsistency_message()
            )
            if self.parameterAsBool(parameters, self.FAIL_IF_INCONSISTENT, context):
                raise InputError(message)
            LOG.warning(message)
        report(1.0)
        dest = self.write(
            parameters,
            self.OUTPUT,
            context,
            ahp.weights_table(result),
            aliases={"criterion": tr("Criterion"), "weight": tr("Weight (0-1)"), "rank": tr("Rank (1 = heaviest)")},
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT: dest,
            self.WEIGHTS: result.weights_text(),
            self.CR: result.cr,
            self.CI: result.ci,
            self.LAMBDA_MAX: result.lambda_max,
            self.CONSISTENT: result.consistent,
        }
