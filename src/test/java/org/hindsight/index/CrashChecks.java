package org.hindsight.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;

/** What the crash tests share: killing a child JVM the hard way, and checking what it left. */
public final class CrashChecks {

  private CrashChecks() {}

  /** Waits {@code millis}, then SIGKILLs {@code p} ({@code destroyForcibly}) and waits for it to die. */
  public static void killAfter(Process p, long millis) throws InterruptedException {
    Thread.sleep(millis);
    p.destroyForcibly();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS), "the child died");
    assertTrue(p.exitValue() != 0, "killed, not finished");
  }

  /** Lucene's CheckIndex finds nothing wrong with the index in {@code dir}. */
  public static void assertClean(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        CheckIndex check = new CheckIndex(d)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean, "CheckIndex found problems in " + dir);
    }
  }
}
