import type { Json, JsonObject } from './json.js';
import type { ModelKind } from './model-behaviour.js';

export interface StoredModel {
  uuid: string;
  name: string;
  createdAt: Date;
  state: string;
  deploymentUuid: string;
  imageUrl: string;
  exposedPort: number;
  /**
   * `false` when its container did not start: the model exists (and is listed) but cannot
   * predict. Emulator-only; the wire has no such field. Omitted: serving.
   */
  serving?: boolean;
}

export interface StoredPrediction {
  uuid: string;
  createdAt: Date;
  features: Json;
  output: JsonObject;
  feedback: Json | null;
}

export interface StoredDeploymentError {
  field: string;
  message: string;
}

export interface StoredDeployment {
  uuid: string;
  name: string;
  createdAt: Date;
  kind: ModelKind;
  description?: string;
  /** The errors of its creation attempt, kept as Konan keeps them. */
  errors: StoredDeploymentError[];
  containerLogs: string;
  /** Oldest first. Read through `EmulatorStore.predictionsOf`, which seeds them on first use. */
  predictions: StoredPrediction[];
  predictionsByUuid: Map<string, StoredPrediction>;
  /** Generates the seeded predictions; run once, on first use, so creating an emulator is cheap. */
  seedPredictions?: () => void;
}

/** The emulator's in-memory state: deployments, their models and predictions. */
export class EmulatorStore {
  readonly deployments = new Map<string, StoredDeployment>();
  readonly models = new Map<string, StoredModel>();

  addDeployment(
    fields: Omit<StoredDeployment, 'predictions' | 'predictionsByUuid'>,
  ): StoredDeployment {
    const deployment: StoredDeployment = {
      ...fields,
      predictions: [],
      predictionsByUuid: new Map(),
    };
    this.deployments.set(deployment.uuid, deployment);
    return deployment;
  }

  deploymentByName(name: string): StoredDeployment | undefined {
    for (const deployment of this.deployments.values()) {
      if (deployment.name === name) return deployment;
    }
    return undefined;
  }

  deleteDeployment(uuid: string): void {
    this.deployments.delete(uuid);
    for (const model of this.modelsOf(uuid)) this.models.delete(model.uuid);
  }

  addModel(model: StoredModel): StoredModel {
    this.models.set(model.uuid, model);
    return model;
  }

  /** Oldest first. */
  modelsOf(deploymentUuid: string): StoredModel[] {
    return [...this.models.values()].filter((m) => m.deploymentUuid === deploymentUuid);
  }

  liveModelOf(deploymentUuid: string): StoredModel | undefined {
    return this.modelsOf(deploymentUuid).find((m) => m.state === 'live');
  }

  /** The deployment's predictions, oldest first. */
  predictionsOf(deployment: StoredDeployment): readonly StoredPrediction[] {
    this.materialize(deployment);
    return deployment.predictions;
  }

  findPrediction(deployment: StoredDeployment, uuid: string): StoredPrediction | undefined {
    this.materialize(deployment);
    return deployment.predictionsByUuid.get(uuid);
  }

  /** Appends a prediction; predictions are kept in time order. */
  addPrediction(deployment: StoredDeployment, prediction: StoredPrediction): void {
    this.materialize(deployment);
    const list = deployment.predictions;
    const last = list[list.length - 1];
    if (!last || last.createdAt <= prediction.createdAt) list.push(prediction);
    else {
      const index = list.findIndex((p) => p.createdAt > prediction.createdAt);
      list.splice(index, 0, prediction);
    }
    deployment.predictionsByUuid.set(prediction.uuid, prediction);
  }

  private materialize(deployment: StoredDeployment): void {
    const seed = deployment.seedPredictions;
    if (!seed) return;
    deployment.seedPredictions = undefined;
    seed();
  }
}
