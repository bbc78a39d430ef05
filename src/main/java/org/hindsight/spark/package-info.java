/**
 * Scale-out: {@code hindsight-spark}, the ingest as a Spark 3.5 application. Executors read input
 * files from any Hadoop-readable path with the {@code article} readers, annotate and extract with
 * one pipeline per executor JVM (built on first use: CoreNLP is not serialisable), and write the
 * extraction contract as JSON Lines partitioned by month, with one outcome per input file. It
 * calls the same stages as the single-machine {@code extract}, so the two agree byte for byte.
 */
package org.hindsight.spark;
