/**
 * Presentation of the check stage's results: the per-prediction lines and summary of {@code
 * check}, the gold-outcome comparison, the scorecard and calibration tables (text and JSON), and
 * the SVG calibration chart. It formats values the {@code check} package computed and computes
 * nothing of its own.
 */
package org.hindsight.report;
