/**
 * Reports a program manager needs (issue #25): workforce, pipeline, training and test, continuing education and
 * renewal, background and exclusion screening, and the payer network, as tables that charts, CSV, XLSX and PDF are
 * drawn from.
 *
 * <p>The reports read the other features' tables with aggregate SQL and never write them: a report is a read model, so
 * it depends on no feature's services and no feature depends on it. Each query names the index it relies on.
 */
package org.peercert.report;
