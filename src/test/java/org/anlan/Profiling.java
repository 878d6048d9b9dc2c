package org.anlan;

/**
 * For the benchmarks: with {@code -Dbench.profile=<file>} and async-profiler's jar on the class path
 * ({@code tools.profiler:async-profiler:3.0:jar:linux-x64}), runs an async-profiler command such as
 * {@code start,event=cpu,interval=1ms,threads} or {@code stop,collapsed,file=…}. Without the property, or without the
 * jar, does nothing and answers false.
 */
public final class Profiling {

  private Profiling() {}

  /** The file the profile goes to, or null when none was asked for. */
  public static String file() {
    return System.getProperty("bench.profile");
  }

  public static boolean run(String command) {
    if (file() == null) {
      return false;
    }
    try {
      Object p = Class.forName("one.profiler.AsyncProfiler").getMethod("getInstance").invoke(null);
      p.getClass().getMethod("execute", String.class).invoke(p, command);
      return true;
    } catch (ReflectiveOperationException | LinkageError e) {
      System.out.println("[bench] no profile: " + e);
      return false;
    }
  }

  /** Starts a per-thread CPU profile. */
  public static boolean start() {
    return run("start,event=cpu,interval=1ms,threads");
  }

  /** Starts a per-thread wall-clock profile: where threads wait (on the database, on locks) as well as where they run. */
  public static boolean startWall() {
    return run("start,event=wall,interval=1ms,threads");
  }

  /** Stops it and writes the collapsed stacks to the file. */
  public static void stop() {
    run("stop,collapsed,file=" + file());
  }
}
