/** `covgap catalog check` and `covgap catalog show <id>`. */
import type { Command } from 'commander';
import type { CommandContext } from '../cli.ts';
import { checkConfig, configDirFrom, loadCatalog } from '../config/load.ts';
import { formatProblem } from '../config/yaml-file.ts';
import { catalogStats, formatCatalogStats } from '../catalog/stats.ts';
import { formatProject } from '../catalog/show.ts';
import { UserError } from '../errors.ts';

export function registerCatalogCommands(program: Command, ctx: CommandContext): void {
  const catalog = program.command('catalog').description('Inspect and validate the project catalog and the gazetteer');

  catalog
    .command('check')
    .description('Validate config/projects.yaml, regions.yaml and sources.yaml; print problems and coverage statistics')
    .option('--quiet', 'print only problems')
    .addHelpText('after', '\nExits 1 when there is any error (warnings alone exit 0). Run it after every catalog edit.')
    .action((opts: { quiet?: boolean }) => {
      const dir = configDirFrom(ctx.env, ctx.configDir());
      const result = checkConfig(dir);
      for (const p of result.problems) process.stdout.write(formatProblem(p) + '\n');
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      const warnings = result.problems.length - errors;
      if (result.catalog && !opts.quiet) process.stdout.write('\n' + formatCatalogStats(catalogStats(result.catalog, result.outlets ?? [])) + '\n');
      process.stdout.write(`\n${errors ? 'FAILED' : 'OK'}: ${errors} error(s), ${warnings} warning(s) in ${dir}\n`);
      if (errors) ctx.setExit(1);
    });

  catalog
    .command('show')
    .description('Print one project as an editor reads it: what it is, who, where, and how the press names it')
    .argument('<id>', 'project id (e.g. kazbelaz-karaganda); part of an id lists the candidates')
    .option('--lang <lang>', 'en or ru', 'en')
    .action((id: string, opts: { lang: string }) => {
      const cat = loadCatalog(configDirFrom(ctx.env, ctx.configDir()));
      const project = cat.projects.find((p) => p.id === id);
      if (!project) {
        const near = cat.projects.filter((p) => p.id.includes(id)).map((p) => p.id);
        throw new UserError(`catalog: no project '${id}'.${near.length ? ` Did you mean: ${near.join(', ')}?` : ' `covgap catalog check` lists the catalog.'}`);
      }
      process.stdout.write(formatProject(project, cat, opts.lang === 'ru' ? 'ru' : 'en') + '\n');
    });
}
