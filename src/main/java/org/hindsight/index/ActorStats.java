package org.hindsight.index;

/**
 * An actor across the index: in how many articles it appears, how often it is mentioned, how many
 * claims and predictions are about it, and how many it holds (says). Immutable.
 */
public record ActorStats(
    String id, String name, String type, long articles, long mentions, long claims, long predictions, long held) {}
