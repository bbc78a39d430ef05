package org.hindsight.check.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hindsight.check.verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store keeps every judgment given, not only the one in force, across reopening. */
class JudgmentHistoryTest {

  @TempDir Path dir;

  @Test
  void everyJudgmentIsKeptOldestFirst() throws IOException {
    Instant t0 = Instant.parse("2026-01-10T10:00:00Z");
    try (VerdictStore store = VerdictStore.open(dir)) {
      store.putJudgment(new VerdictStore.Judgment("a:p0", "X will happen", Status.REFUTED, "first look", t0));
      store.putJudgment(new VerdictStore.Judgment("b:p1", "Y might happen", Status.CONFIRMED, null, t0));
      store.commit(null);
    }
    try (VerdictStore store = VerdictStore.open(dir)) {
      store.putJudgment(new VerdictStore.Judgment("a:p0", "X will happen", Status.CONFIRMED, "the later report", t0.plusSeconds(60)));
      store.commit(null);
    }
    try (VerdictStore store = VerdictStore.open(dir)) {
      assertEquals(Status.CONFIRMED, store.judgments().get("a:p0").status(), "the latest is in force");
      List<VerdictStore.Judgment> h = store.history("a:p0");
      assertEquals(List.of(Status.REFUTED, Status.CONFIRMED), h.stream().map(VerdictStore.Judgment::status).toList());
      assertEquals("first look", h.get(0).note());
      assertEquals(1, store.history("b:p1").size());
      assertTrue(store.history("c:p9").isEmpty());
      assertTrue(store.removeJudgment("a:p0"));
      store.commit(null);
    }
    try (VerdictStore store = VerdictStore.open(dir)) {
      assertEquals(2, store.history("a:p0").size(), "clearing a judgment keeps its history");
    }
  }
}
