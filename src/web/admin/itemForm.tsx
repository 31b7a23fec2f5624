import type { FastifyReply, FastifyRequest } from 'fastify';
import { isEditable } from '../../domain/catalog/workflow.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { sendPage } from '../shared/render.ts';
import { staffViewerOf } from '../shared/requestContext.ts';
import { findItem, loadVersion } from './access.ts';
import { emptyFormValues, formValuesFromItem, type ItemFormValues } from './itemFormValues.ts';
import { presentVersionAdmin } from './presenters.ts';
import { ItemEditPage } from './views/itemEditPage.tsx';

/** The version, after checking the actor edits this agency's catalog and the version is still a draft (or returned). */
export async function loadEditableVersion(request: FastifyRequest, versionId: string) {
  const loaded = await loadVersion(request, versionId);
  if (!loaded.abilities.edit) throw new DomainError('forbidden', '只有本单位填表人可以修改目录事项');
  if (!isEditable(loaded.view.version.status)) throw new DomainError('workflow.invalid_transition', '该版本已提交或已发布，不能修改；请先新建草稿');
  return loaded;
}

export interface ItemFormState {
  versionId: string;
  /** null: the 新增事项 form. */
  itemId: string | null;
  /** What the user typed (a rejected form); null shows the stored item or an empty form. */
  values: ItemFormValues | null;
  errors: Record<string, string>;
  status: number;
}

/** The item form, new or edit; a rejected form comes back with each message next to its field and the text as typed. */
export async function showItemForm(request: FastifyRequest, reply: FastifyReply, state: ItemFormState) {
  const { view, agency } = await loadEditableVersion(request, state.versionId);
  const item = state.itemId === null ? null : findItem(view, state.itemId);
  const hasFiveTypes = view.items.some((candidate) => candidate.fiveTypes !== null);
  const values = state.values ?? (item ? formValuesFromItem(item) : emptyFormValues(hasFiveTypes));
  const version = presentVersionAdmin(view.version, agency.name);
  const page = <ItemEditPage viewer={staffViewerOf(request, reply)} version={version} itemId={item?.id ?? null} values={values} errors={state.errors} />;
  return sendPage(reply, page, state.status);
}
