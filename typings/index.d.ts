/// <reference types="miniprogram-api-typings" />

/** Global app instance shape: read with `getApp<IAppOption>()`. */
interface IAppOption {
  globalData: {
    /** 大字模式: larger type across every page. */
    largeText: boolean;
  };
}
