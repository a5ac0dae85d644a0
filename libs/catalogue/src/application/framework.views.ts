import type { FrameworkStatus } from '../domain/framework-status';

export interface CategoryView {
  id: string;
  slug: string;
  name: string;
  parentName: string | null;
}

export interface LotSummaryView {
  id: string;
  slug: string;
  name: string;
  description: string;
  maxCategoriesPerService: number;
}

export interface LotView extends LotSummaryView {
  categories: CategoryView[];
}

/** A framework in a list: its lots without their categories. */
export interface FrameworkSummaryView {
  id: string;
  slug: string;
  name: string;
  description: string;
  status: FrameworkStatus;
  lots: LotSummaryView[];
  createdAt: string;
  updatedAt: string;
}

export interface FrameworkView extends FrameworkSummaryView {
  lots: LotView[];
}

export interface FrameworkFilter {
  status?: FrameworkStatus;
}

export interface NewCategory {
  name: string;
  parentName?: string | null;
}

export interface NewLot {
  slug: string;
  name: string;
  description?: string;
  maxCategoriesPerService: number;
  categories?: NewCategory[];
}

export interface NewFramework {
  slug: string;
  name: string;
  description?: string;
  lots: NewLot[];
}

/** A category added to an existing lot (or one added in the same change), named by the lot's slug. */
export interface AddedCategory extends NewCategory {
  lot: string;
}

export interface FrameworkPatch {
  name?: string;
  description?: string;
  status?: FrameworkStatus;
  addLots?: NewLot[];
  addCategories?: AddedCategory[];
}
