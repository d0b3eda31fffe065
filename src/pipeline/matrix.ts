import { ciMatrix, type MatrixFlavour, type MatrixLeg } from '../multi/ci-matrix.js';
import { loadTenantsFile } from '../multi/tenants-file.js';
import { InputError } from '../errors.js';

/** A tenants file as a CI matrix, and the labels of its tenants that get no job (given as snapshot files). */
export async function tenantsMatrix(
  file: string,
  flavour: MatrixFlavour,
): Promise<{ matrix: { include: MatrixLeg[] } | Record<string, MatrixLeg>; skipped: string[] }> {
  const entries = await loadTenantsFile(file);
  const skipped = entries.filter((e) => e.tenant === undefined).map((e) => e.label);
  if (skipped.length === entries.length)
    throw new InputError(`${file} names no tenant to collect (only snapshot files): a matrix needs "tenant:" entries`);
  return { matrix: ciMatrix(entries, flavour), skipped };
}
