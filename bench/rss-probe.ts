/** Preloaded with `node --import` into a command the bench runs: writes its CPU time and peak RSS to $STORYDIFF_PROBE_OUT on exit. */
import { writeFileSync } from 'node:fs';

const out = process.env.STORYDIFF_PROBE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRssBytes: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
