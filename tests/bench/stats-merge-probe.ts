// Runs the stats:merge command in this process, as `npm run stats:merge` would,
// and reports its peak memory for the bench (stdout: one JSON line).
import { runStatsMerge } from '../../tools/stats-merge';

const code = await runStatsMerge(process.argv.slice(2), {
  out: () => undefined,
  err: (text) => process.stderr.write(text),
});
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ code, peakRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`,
);
