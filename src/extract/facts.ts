/** The facts extracted from one telling, computed on first use and kept. */
import type { Doc } from '../types.js';
import { quantities, type Quantity } from './quantities.js';
import { clauses, type Clause } from './clauses.js';

export class Facts {
  #quantities?: Quantity[];
  #clauses?: Clause[][];
  constructor(readonly doc: Doc) {}
  get quantities(): Quantity[] {
    return (this.#quantities ??= quantities(this.doc));
  }
  /** clauses of each sentence */
  get clauses(): Clause[][] {
    return (this.#clauses ??= clauses(this.doc));
  }
}
