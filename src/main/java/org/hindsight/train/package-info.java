/**
 * Trainers of the learned parts: each gathers real labelled data from the eval suites (our gold,
 * Reuters-21578 dev, MEANTIME, PolNeAR train, outcome pairs), builds examples with its part's
 * features class, cross-validates by document, calibrates, and writes the model file pair in
 * {@code models/}. Depends on {@code eval}, {@code extract} and {@code learn}; nothing depends on
 * it but the {@code train} command.
 */
package org.hindsight.train;
