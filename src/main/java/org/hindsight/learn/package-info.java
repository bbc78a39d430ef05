/**
 * What the learned parts share (STYLE.md, "Learned parts"): an {@link org.hindsight.learn.Example}
 * (a label and named features, from one feature class per part shared by training and
 * prediction), a seeded, order-independent {@link org.hindsight.learn.MaxentTrainer} (OpenNLP's
 * L2-regularised maximum entropy, L-BFGS), grouped {@link org.hindsight.learn.CrossValidation}
 * with Platt {@link org.hindsight.learn.Calibration} fitted on held-out folds, and the {@link
 * org.hindsight.learn.LearnedModel} file pair in {@code models/}: {@code NAME.bin} (OpenNLP's
 * binary model) and {@code NAME.json} (its manifest: training data, command, seed, figures,
 * calibration). A learned part adds a features class, a trainer that builds its examples from
 * real labelled data, and a {@code hindsight train} subcommand.
 */
package org.hindsight.learn;
