package org.hindsight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The resident memory of this process as the operating system counts it (heap, metaspace, thread
 * stacks, native buffers): what a user watching {@code top} sees, for the progress lines of long
 * runs. Linux only; elsewhere it says so. Stateless.
 */
final class ResidentMemory {

  private static final Path STATUS = Path.of("/proc/self/status");

  private ResidentMemory() {}

  /** Resident megabytes, or -1 when the system does not say. */
  static long megabytes() {
    try {
      for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  static String describe() {
    long mb = megabytes();
    return mb < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MB", mb);
  }
}
