import { describe, expect, it } from 'vitest';
import { modelActions, moveTarget } from '../../src/components/models-panel/model-actions';
import { modelStateKind, modelStateTone } from '../../src/components/shared/model-state';

describe('model actions', () => {
  it('offers nothing on the live model: it is retired by promoting another', () => {
    expect(modelActions('live')).toEqual([]);
  });

  it('lets a challenger be promoted, disabled or deleted', () => {
    expect(modelActions('challenger')).toEqual(['promote', 'disable', 'delete']);
  });

  it('lets a disabled model become a challenger again or be deleted', () => {
    expect(modelActions('disabled')).toEqual(['make-challenger', 'delete']);
  });

  it('treats a state it does not know as "other", with the moves Konan accepts', () => {
    expect(modelStateKind('shadow')).toBe('other');
    expect(modelStateKind('')).toBe('other');
    expect(modelActions('shadow')).toEqual(['make-challenger', 'disable', 'delete']);
    expect(modelActions('shadow')).not.toContain('promote');
  });

  it('never offers a move to the state the model is in', () => {
    for (const state of ['challenger', 'disabled'] as const) {
      for (const action of modelActions(state)) {
        if (action === 'make-challenger' || action === 'disable') {
          expect(moveTarget(action)).not.toBe(state);
        }
      }
    }
  });

  it('gives each state its badge tone', () => {
    expect(modelStateTone('live')).toBe('success');
    expect(modelStateTone('challenger')).toBe('info');
    expect(modelStateTone('disabled')).toBe('neutral');
    expect(modelStateTone('retired')).toBe('warning');
  });
});
