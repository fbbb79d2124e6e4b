import type { ReportData } from '../../core/report/report-data.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; the report's code only when it is rendered.
export const reportFormatters: FormatterTable<FormatOf<'report'>, ReportData> = {
  markdown: async (report, ctx) =>
    report.scope === 'country' ? (await import('./country-profile.js')).countryProfile(report.country, ctx) : (await import('./registry-report.js')).registryReport(report.registry, ctx),
};
