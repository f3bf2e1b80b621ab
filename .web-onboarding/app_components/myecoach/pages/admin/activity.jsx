
import {ReflexEvent,applyEventActions,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {Badge as RadixThemesBadge,Button as RadixThemesButton,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Table as RadixThemesTable,Text as RadixThemesText} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideCircleUser from "lucide-react/dist/esm/icons/circle-user.mjs"
import {useStateContext} from "$/utils/context-registry"
import {jsx} from "@emotion/react"
import {addEvents} from "$/utils/context"








export const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_b64ceaef = /*#__PURE__*/ (() => {
const Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_b64ceaef = memo(({children, ...rest}) => {
    const ref_notifications_bell = useRef(null); refs["ref_notifications_bell"] = ref_notifications_bell;
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"notifications-bell", ref:ref_notifications_bell, weight:"medium" }))},jsx(ReactRouterLink,{to:"/notifications"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideBell,{"aria-hidden":"true",size:18},),jsx(RadixThemesText,{as:"p"},"Notifications"),jsx(Fragment,{},((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",radius:"full",variant:"solid"},reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.unread_rx_state_,jsx("span",{className:"visually-hidden"}," unread")))):(jsx(Fragment,{},)))))))
    )
});
Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_b64ceaef.displayName = "Link";
return Link_link_acad1c7a8935bd26e42a1cb7e97c0d88_b64ceaef;
})();

export const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_b64ceaef.displayName = "Cond";
return Cond_comp_1a79f9baa2e7a6556e47ddaf302a1788_b64ceaef;
})();

export const Link_link_c0adc0395a095cb4459cd39e3696de83_b64ceaef = /*#__PURE__*/ (() => {
const Link_link_c0adc0395a095cb4459cd39e3696de83_b64ceaef = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, className:"user", css:({ ["display"] : "flex", ["alignItems"] : "center", ["gap"] : "var(--space-1)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), size:"2" }))},jsx(ReactRouterLink,{to:"/account"},jsx(LucideCircleUser,{"aria-hidden":"true",size:16},),jsx("span",{className:"visually-hidden"},"Your account: "),reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_))
    )
});
Link_link_c0adc0395a095cb4459cd39e3696de83_b64ceaef.displayName = "Link";
return Link_link_c0adc0395a095cb4459cd39e3696de83_b64ceaef;
})();

export const Button_button_f7a4668df5bbe5eee84f92f12b92c363_b64ceaef = /*#__PURE__*/ (() => {
const Button_button_f7a4668df5bbe5eee84f92f12b92c363_b64ceaef = memo(({children, ...rest}) => {
    const on_click_b2a06169250cebfd0c5e2ee6aca1f6ae = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___sign_in____sign_in_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_b2a06169250cebfd0c5e2ee6aca1f6ae, size:"2", variant:"soft" }))},children)
    )
});
Button_button_f7a4668df5bbe5eee84f92f12b92c363_b64ceaef.displayName = "Button";
return Button_button_f7a4668df5bbe5eee84f92f12b92c363_b64ceaef;
})();

export const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state")
    return(
        (isTrue(reflex___state____state__myecoach___state___auth____auth_state.user_name_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_b64ceaef.displayName = "Cond";
return Cond_comp_451ef73f87a10f93c3202e8a1a8acf9b_b64ceaef;
})();

export const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_b64ceaef = /*#__PURE__*/ (() => {
const Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_b64ceaef = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_message_rx_state_
    )
});
Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_b64ceaef.displayName = "Bare";
return Bare_comp_9010b95b90a2e269b7972ce3bfa448dc_b64ceaef;
})();

export const Link_link_69f3d661ef27b7b2ec3ad718297cec17_b64ceaef = /*#__PURE__*/ (() => {
const Link_link_69f3d661ef27b7b2ec3ad718297cec17_b64ceaef = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, size:"2" }))},jsx(ReactRouterLink,{to:reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_url_rx_state_},"Open session"))
    )
});
Link_link_69f3d661ef27b7b2ec3ad718297cec17_b64ceaef.displayName = "Link";
return Link_link_69f3d661ef27b7b2ec3ad718297cec17_b64ceaef;
})();

export const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_b64ceaef = /*#__PURE__*/ (() => {
const Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_b64ceaef = memo(({children, ...rest}) => {
    const on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___live____live_toast.dismiss", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesIconButton,{...mergeSlotProps(rest, ({ "aria-label":"Dismiss", css:({ ["padding"] : "6px" }), onClick:on_click_8ae2f2c5a6ce5f2b8e0dc5f108ab01e1, variant:"ghost" }))},children)
    )
});
Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_b64ceaef.displayName = "IconButton";
return Iconbutton_iconbutton_331cf00b8e23c53183a35970990a68f9_b64ceaef;
})();

export const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_b64ceaef = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
const reflex___state____state__myecoach___state___live____live_toast = useStateContext("reflex___state____state.myecoach___state___live____live_toast")
    return(
        ((reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.newest_id_rx_state_ > reflex___state____state__myecoach___state___live____live_toast.seen_id_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_b64ceaef.displayName = "Cond";
return Cond_comp_25c981ceafdedc8969b594c2e6bc6e15_b64ceaef;
})();

export const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_b64ceaef = /*#__PURE__*/ (() => {
const Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_b64ceaef = memo(({children}) => {
    
                useEffect(() => {
                    ((...args) => {(addEvents([(ReflexEvent("_call_function", ({ ["function"] : (() => (refs['__toast']?.["info"]("You have been signed out."))), ["callback"] : null }), ({  })))], args, ({  })));(addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/sign-in", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], args, ({  })));})()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(Fragment,{},)
    )
});
Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_b64ceaef.displayName = "Fragment";
return Fragment_fragment_ef4576dd6c3d64c9739de16b510d8aef_b64ceaef;
})();

export const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_b64ceaef = memo(({children}) => {
    const reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox = useStateContext("reflex___state____state.reflex___istate___shared____shared_state_base_internal.myecoach___state___live____live_inbox")
    return(
        (reflex___state____state__reflex___istate___shared____shared_state_base_internal__myecoach___state___live____live_inbox.ended_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_b64ceaef.displayName = "Cond";
return Cond_comp_8ffe0b4ba81f4816250bc2c20a53e678_b64ceaef;
})();

export const Bare_comp_6735dc235e8b1a05897f4d45e6f5fed0_b64ceaef = /*#__PURE__*/ (() => {
const Bare_comp_6735dc235e8b1a05897f4d45e6f5fed0_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_ ? "Not found" : "Activity")
    )
});
Bare_comp_6735dc235e8b1a05897f4d45e6f5fed0_b64ceaef.displayName = "Bare";
return Bare_comp_6735dc235e8b1a05897f4d45e6f5fed0_b64ceaef;
})();

export const Foreach_comp_76996d9fe33056b0483f10e7312d39cb_b64ceaef = /*#__PURE__*/ (() => {
const Foreach_comp_76996d9fe33056b0483f10e7312d39cb_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
    return(
        Array.prototype.map.call(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.rows_rx_state_ ?? [],((entry_rx_state_,index_814a1110c41a271356a1ca21931be256)=>(jsx(RadixThemesTable.Row,{key:index_814a1110c41a271356a1ca21931be256},jsx(RadixThemesTable.Cell,{css:({ ["whiteSpace"] : "nowrap" })},entry_rx_state_?.["when"]),jsx(RadixThemesTable.Cell,{},entry_rx_state_?.["who"]),jsx(RadixThemesTable.Cell,{},entry_rx_state_?.["action"]),jsx(RadixThemesTable.Cell,{},entry_rx_state_?.["subject"]),jsx(RadixThemesTable.Cell,{},entry_rx_state_?.["changes"])))))
    )
});
Foreach_comp_76996d9fe33056b0483f10e7312d39cb_b64ceaef.displayName = "Foreach";
return Foreach_comp_76996d9fe33056b0483f10e7312d39cb_b64ceaef;
})();

export const Button_button_b056ee928414421b30b2ab9985dabbd6_b64ceaef = /*#__PURE__*/ (() => {
const Button_button_b056ee928414421b30b2ab9985dabbd6_b64ceaef = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
const on_click_b5a29483d044191106538b24ea12e737 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.page_rx_state_ <= 1), onClick:on_click_b5a29483d044191106538b24ea12e737, variant:"soft" }))},children)
    )
});
Button_button_b056ee928414421b30b2ab9985dabbd6_b64ceaef.displayName = "Button";
return Button_button_b056ee928414421b30b2ab9985dabbd6_b64ceaef;
})();

export const Bare_comp_b638ad7431b35dc5a3bc1d84e069af6c_b64ceaef = /*#__PURE__*/ (() => {
const Bare_comp_b638ad7431b35dc5a3bc1d84e069af6c_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.page_rx_state_
    )
});
Bare_comp_b638ad7431b35dc5a3bc1d84e069af6c_b64ceaef.displayName = "Bare";
return Bare_comp_b638ad7431b35dc5a3bc1d84e069af6c_b64ceaef;
})();

export const Bare_comp_7e28a13a7f34e29207a152a4a184a726_b64ceaef = /*#__PURE__*/ (() => {
const Bare_comp_7e28a13a7f34e29207a152a4a184a726_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
    return(
        reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.pages_rx_state_
    )
});
Bare_comp_7e28a13a7f34e29207a152a4a184a726_b64ceaef.displayName = "Bare";
return Bare_comp_7e28a13a7f34e29207a152a4a184a726_b64ceaef;
})();

export const Button_button_30bef1c2a4a96987012138857da7bbed_b64ceaef = /*#__PURE__*/ (() => {
const Button_button_30bef1c2a4a96987012138857da7bbed_b64ceaef = memo(({children, ...rest}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
const on_click_f278bd54dcc35c968a25f5c985ff625b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state.go_to_page", ({ ["page"] : (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.page_rx_state_ >= reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.pages_rx_state_), onClick:on_click_f278bd54dcc35c968a25f5c985ff625b, variant:"soft" }))},children)
    )
});
Button_button_30bef1c2a4a96987012138857da7bbed_b64ceaef.displayName = "Button";
return Button_button_30bef1c2a4a96987012138857da7bbed_b64ceaef;
})();

export const Cond_comp_f803e3a031f27504eac67fa71cd69726_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_f803e3a031f27504eac67fa71cd69726_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state.myecoach___state___admin___activity____activity_state")
    return(
        ((reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state__myecoach___state___admin___activity____activity_state.pages_rx_state_ > 1)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f803e3a031f27504eac67fa71cd69726_b64ceaef.displayName = "Cond";
return Cond_comp_f803e3a031f27504eac67fa71cd69726_b64ceaef;
})();

export const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_91daef68a0be16bb48f4fd9923b794fd_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_91daef68a0be16bb48f4fd9923b794fd_b64ceaef.displayName = "Cond";
return Cond_comp_91daef68a0be16bb48f4fd9923b794fd_b64ceaef;
})();

export const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_b64ceaef = /*#__PURE__*/ (() => {
const Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_b64ceaef = memo(({children}) => {
    const reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state = useStateContext("reflex___state____state.myecoach___state___auth____auth_state.myecoach___state___admin___base____admin_page_state")
    return(
        (reflex___state____state__myecoach___state___auth____auth_state__myecoach___state___admin___base____admin_page_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_b64ceaef.displayName = "Cond";
return Cond_comp_cebef65ab3b83ce4f0c61a879e6f8ecc_b64ceaef;
})();
